/* FastAPI's interactive OpenAPI page, with Swagger UI served from the swagger-ui-bundle
   package (never a CDN) and started here rather than by an inline script (the CSP forbids it). */
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("swagger");
  window.SwaggerUIBundle({url: box.dataset.spec, domNode: box, validatorUrl: null, deepLinking: true});
});
