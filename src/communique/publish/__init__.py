"""Publishing: approval, immutable versions under build/published/, corrections, archive."""
