"""The mention layer of an article: people, organisations, outlets, documents, roles and pronouns."""
