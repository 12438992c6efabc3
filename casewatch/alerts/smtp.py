"""SMTP: settings from the environment, and one connection for a run's messages."""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
# The server answered, about this message only: the connection is still good.
REFUSED = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
)


@dataclass(frozen=True)
class Settings:
    """Where and how to send, and where the published archive is."""

    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls, ssl or none
    smtp_user: str = ""
    smtp_password: str = ""
    sender: str = "casewatch@localhost"
    admin_email: str = ""
    public_url: str = "http://127.0.0.1:8001"
    timeout: float = 30

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        security = environ.get("CASEWATCH_SMTP_SECURITY", "starttls").lower()
        if security not in DEFAULT_PORTS:
            raise ValueError(
                f"CASEWATCH_SMTP_SECURITY must be one of {list(DEFAULT_PORTS)}"
            )
        port = environ.get("CASEWATCH_SMTP_PORT")
        return cls(
            smtp_host=environ.get("CASEWATCH_SMTP_HOST", "localhost"),
            smtp_port=int(port) if port else DEFAULT_PORTS[security],
            smtp_security=security,
            smtp_user=environ.get("CASEWATCH_SMTP_USER", ""),
            smtp_password=environ.get("CASEWATCH_SMTP_PASSWORD", ""),
            sender=environ.get("CASEWATCH_SMTP_FROM", "casewatch@localhost"),
            admin_email=environ.get("CASEWATCH_ADMIN_EMAIL", ""),
            public_url=public_url(environ),
        )


def public_url(environ: Mapping[str, str] = os.environ) -> str:
    """The published archive's address, for links: CASEWATCH_PUBLIC_URL."""
    return environ.get("CASEWATCH_PUBLIC_URL", Settings.public_url).rstrip("/")


class Mailer:
    """One SMTP connection for a run, opened for the first message; once the server
    cannot be reached, every later message fails with that reason."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.connection: smtplib.SMTP | None = None
        self.down = ""

    def send(self, message: EmailMessage) -> str:
        """Send; return "" when the server accepted the message, else why not."""
        if self.down:
            return self.down
        try:
            self.connection = self.connection or connect(self.settings)
            self.connection.send_message(message)
        except REFUSED as error:
            return described(error)
        except OSError as error:  # smtplib's errors are OSErrors too
            self.close()
            where = f"{self.settings.smtp_host}:{self.settings.smtp_port}"
            self.down = f"cannot send through {where}: {described(error)}"
            return self.down
        return ""

    def close(self) -> None:
        if self.connection:
            try:
                self.connection.quit()
            except OSError:
                self.connection.close()
        self.connection = None


def connect(settings: Settings) -> smtplib.SMTP:
    host, port, timeout = settings.smtp_host, settings.smtp_port, settings.timeout
    if settings.smtp_security == "ssl":
        context = ssl.create_default_context()
        connection: smtplib.SMTP = smtplib.SMTP_SSL(
            host, port, timeout=timeout, context=context
        )
    else:
        connection = smtplib.SMTP(host, port, timeout=timeout)
        if settings.smtp_security == "starttls":
            connection.starttls(context=ssl.create_default_context())
    if settings.smtp_user:
        connection.login(settings.smtp_user, settings.smtp_password)
    return connection


def described(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {text.decode(errors='replace')}"
            for code, text in error.recipients.values()
        )
    if isinstance(error, smtplib.SMTPResponseException):
        said = error.smtp_error
        text = said.decode(errors="replace") if isinstance(said, bytes) else said
        return f"{error.smtp_code} {text}"
    return f"{type(error).__name__}: {error}"
