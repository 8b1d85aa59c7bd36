"""Where the per-page work runs: in this process, on a local pool, or on a cluster.

The work is one pure function, :func:`newstrace.pipeline.analyze`; an engine
only maps it.  Storing and clustering stay in one process (the ledger has
one writer), reading what the engine wrote.
"""
