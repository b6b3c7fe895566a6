"""Compiles the Qt assets (translations, resources) into the ui package when it is built."""

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithAssets(build_py):
    def run(self):
        runpy.run_path(str(Path(__file__).parent / "tools" / "build_assets.py"), run_name="build_assets")["build"]()
        super().run()


setup(cmdclass={"build_py": BuildWithAssets})
