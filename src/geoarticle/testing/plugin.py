"""The geoarticle pytest plugin (inactive until its fixtures or options are used)."""
