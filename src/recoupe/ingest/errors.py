"""The two ways an input fails: `IngestError` is reported to the user (one per bad input,
the batch goes on); `IngestProblem` is raised inside a reader and turned into one."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class IngestError:
    input: str          # the file (with ":line" for JSON Lines), folder or URL
    problem: str        # what is wrong, in plain words

    def __str__(self) -> str:
        return f"{self.input}: {self.problem}"


class IngestProblem(ValueError):
    """Raised by a reader: this input gives no article, for the reason in the message."""
