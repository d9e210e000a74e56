"""Pipeline stages: each a small object with name / requires / provides / __call__."""
