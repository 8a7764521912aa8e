# Removing, renaming or replacing the links themselves, and rmtree through a directory link.
import os, shutil

shutil.rmtree("link_dir")
