"""Reading a saved .docx (``docmodel``), building the expected document (``edits``) and comparing them (``compare``)."""
