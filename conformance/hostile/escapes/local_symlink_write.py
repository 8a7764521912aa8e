# Writing through symlinks: to the canary, into the outside directory, through a dangling link.
for path in ["link_dir/new.txt", "sub/dangling", "abs_link"]:
    try:
        with open(path, "w") as f:
            f.write("pwned")
        print(path, "WRITTEN")
    except OSError as exc:
        print(path, type(exc).__name__)
with open("link_file", "a") as f:
    f.write("pwned")
