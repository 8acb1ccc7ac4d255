"""Read-and-acknowledge: staff confirm, on the school's own form, that they have read a policy's version.

A static site holds no identities, so the school's form service (Microsoft Forms, Google Forms or
e-mail) records who confirmed. This package holds both ends of that:

- ``form_link``: the form's URL template (``acknowledgement_form``), filled for a policy, and
  ``text_hash``, the short code of the exact text of a version that the link carries;
- ``tables`` (a CSV or ``.xlsx`` file as rows), ``columns`` (which column holds what, whatever the
  form called its questions), ``responses`` and ``staff`` (the form's export and the staff list);
- ``report`` (who confirmed the current version, an earlier one, a text that does not match, or
  nothing) and ``report_output`` (the report as a terminal table, CSV or HTML).

It reads no files of ``policy_src/`` itself: ``handbook acknowledgements`` hands in the handbook.
"""
