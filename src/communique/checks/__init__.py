"""Checks: small rule objects with stable codes, run over a release and its pack."""
