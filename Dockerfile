# syntax=docker/dockerfile:1
# Build: docker build -t welzijn-api .
# Run:   docker run -p 8000:8000 -v "$PWD/var/keys:/app/var/keys:ro" \
#          -e WELZIJN_DATABASE_URL=postgresql://welzijn@db/welzijn welzijn-api
# Signing keys and the audit key are secrets shared by every replica: mount them, never bake them in.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY api ./api
RUN python -m venv /opt/venv && /opt/venv/bin/pip install .

FROM python:3.11-slim AS runtime
RUN useradd --system --uid 10001 --create-home --home-dir /app welzijn
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY alembic.ini ./
COPY migrations ./migrations
RUN mkdir -p /app/var && chown welzijn /app/var
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    WELZIJN_DATABASE_URL=sqlite:////app/var/welzijn.db \
    WELZIJN_KEYS_DIR=/app/var/keys \
    WELZIJN_WORKERS=2
USER welzijn
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/v1/health', timeout=4).status != 200)"]
# Migrations first (idempotent), then the server; all settings come from the environment.
CMD ["sh", "-c", "welzijn migrate && exec welzijn serve --host 0.0.0.0 --port 8000 --workers \"$WELZIJN_WORKERS\""]
