"""Page parsers: pure functions of a response, one module per platform."""
