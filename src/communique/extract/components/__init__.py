"""The extractor's components, one module each; ``extract/pipeline.py`` lists them in order."""
