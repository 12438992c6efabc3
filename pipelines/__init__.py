"""Item pipelines, in ITEM_PIPELINES order: archive, text, detect, store."""
