"""The analyzers: one module per kind of finding; ``findings.analyze_article`` runs them all."""
