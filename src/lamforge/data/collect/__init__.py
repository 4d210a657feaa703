"""Task-action collection: execute the expert on task instances, judge, and write step-wise samples."""
