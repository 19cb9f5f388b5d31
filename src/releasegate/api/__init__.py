"""The shared service: a REST API over the same register, with accounts, roles and tenants."""
