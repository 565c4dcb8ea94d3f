"""`python -m api.cli_main`: the `welzijn` command without the installed script."""

from api.cli import app

if __name__ == "__main__":  # uvicorn's worker processes import this module again
    app()
