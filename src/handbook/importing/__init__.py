class PolicyImportError(Exception):
    pass


def import_policy(*args):
    raise PolicyImportError("not yet")
