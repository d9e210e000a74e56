"""News outlets and their home countries (`data/geo/outlets.json`): the source's home country
when `--source` names an outlet ("CNN") or the URL is one of its domains."""
from __future__ import annotations

from dataclasses import dataclass

from ...errors import DictionaryError
from ...resources.datafiles import read_json_data
from ...resources.place_names import fold


@dataclass(frozen=True, slots=True)
class Outlets:
    by_name: dict[str, str]  # folded outlet name -> ISO3
    by_domain: dict[str, str]  # web domain -> ISO3

    def country_of_name(self, name: str) -> str | None:
        return self.by_name.get(fold(name))

    def country_of_host(self, host: str) -> str | None:
        """The outlet's country for a host name or any of its parent domains."""
        parts = host.lower().split(".")
        for k in range(len(parts) - 1):
            if iso3 := self.by_domain.get(".".join(parts[k:])):
                return iso3
        return None


def load_outlets(path: str | None = None) -> Outlets:
    """The packaged outlets table (or a replacement file of the same shape)."""
    data, where = read_json_data("geo", "outlets.json", path, what="news outlets table")
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for k, row in enumerate(data.get("outlets", [])):
        if not isinstance(row, dict) or not isinstance(row.get("country"), str):
            raise DictionaryError(where, k, "an outlet needs a name and an ISO3 country")
        names[fold(str(row.get("name", "")))] = row["country"]
        domains.update({str(d).lower(): row["country"] for d in row.get("domains", [])})
    return Outlets(by_name=names, by_domain=domains)
