"""The embedded model: weights from the package registry, a llama-server built from source, and its lifecycle."""
