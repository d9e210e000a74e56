"""Running the pipeline over many documents: local processes (and Spark, optional)."""
