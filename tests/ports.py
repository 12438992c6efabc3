"""Loopback ports for test servers (a module, because conftest must not be imported)."""

import socket


def free_port() -> int:
    """A port on 127.0.0.1 that nothing is listening on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
