"""The service's configuration, from the environment (RELEASEGATE_*)."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Every setting is read from ``RELEASEGATE_<NAME>``; the defaults are safe for one machine."""

    model_config = SettingsConfigDict(env_prefix="RELEASEGATE_", extra="ignore")

    db: str = "sqlite:///releasegate.db"
    host: str = "127.0.0.1"  # only this machine, unless told otherwise
    port: int = 8000
    session_hours: float = 12.0  # how long a login lasts
    token_days: int = 90  # default lifetime of an API token
    pool_size: int = 8  # database connections the service keeps open
    deliver_webhooks: bool = True  # run the webhook delivery worker inside the service
    webhook_interval: float = 1.0  # seconds between looks at the outbox
    webhook_allow_private: bool = False  # allow webhook URLs on loopback or private networks
