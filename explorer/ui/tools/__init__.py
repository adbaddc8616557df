"""The tools page's tabs, one module each with a ``render(box)``; :class:`box.Toolbox` holds what they share."""
