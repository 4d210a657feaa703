"""Request phrasing: the composer (``render``) and the shared train and held-out pools (``common``)."""
