"""Prompt texts shipped as package data (loaded with importlib.resources)."""
