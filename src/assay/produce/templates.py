"""The registry of brief templates (versioned folders of Jinja2 files), overridable per case."""

from __future__ import annotations

from pathlib import Path

import jinja2

from assay.errors import unknown_name

TEMPLATE_ROOT = Path(__file__).parent / "templates"


def template_names() -> tuple[str, ...]:
    """Names of the templates shipped with assay ('standard.v1', …)."""
    return tuple(sorted(p.name for p in TEMPLATE_ROOT.iterdir() if p.is_dir() and not p.name.startswith("_")))


def template_environment(
    template: str = "standard.v1", templates_dir: Path | None = None
) -> jinja2.Environment:
    """A Jinja2 environment for a named template; a case's templates_dir overrides any of its files.

    A desk's folder may hold a subfolder named like the template or the files themselves; files not
    overridden fall back to the shipped template of that name.
    """
    loaders: list[jinja2.BaseLoader] = []
    if templates_dir is not None:
        if (templates_dir / template).is_dir():
            loaders.append(jinja2.FileSystemLoader(str(templates_dir / template)))
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    shipped = TEMPLATE_ROOT / template
    if shipped.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(shipped)))
    elif templates_dir is None or not (templates_dir / template).is_dir():
        raise unknown_name("template", template, template_names())
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
