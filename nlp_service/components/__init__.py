"""Pipeline components. Each declares what it reads and assigns; see :mod:`.base`."""
