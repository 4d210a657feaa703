"""The offline grounding expert: turns a task's request and a textual plan into actions on live controls."""
