"""Evaluation: hand-written cases, pure scorers, a runner, reports and a regression gate."""
