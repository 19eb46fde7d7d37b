# Sourced by the scripts: puts the pinned tools first on PATH so trunk finds them offline.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
