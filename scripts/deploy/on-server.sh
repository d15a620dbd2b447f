#!/usr/bin/env bash
# What CI runs on the Department's server over SSH, after `git push`ing the commit to
# <DEPLOY_PATH>/repo (the server never needs credentials for the git host). One script for the
# GitHub, GitLab and Gitea/Forgejo workflows, so they differ only in how they call it:
#
#   on-server.sh publish <sha>                  build <sha> and switch the live site (<DEPLOY_PATH>/current)
#   on-server.sh due                            the same for the commit last pushed for publishing, only
#                                               if an item's publishAt came due since the live build (exit 3: nothing due)
#   on-server.sh preview <sha> <label> <url>    build <sha> in preview mode into <DEPLOY_PATH>/previews/<label>
#   on-server.sh remove-preview <label>         delete that preview (its branch was published or deleted)
#
# Settings of the build (SITE_URL, CMS_BACKEND, CMS_REPO, …) live in <DEPLOY_PATH>/site.env on the
# server, not in CI: the live site is built the same way whoever deploys it.
set -euo pipefail

root=${DEPLOY_PATH:?DEPLOY_PATH is not set: the folder holding repo/, releases/ and current}
repo=$root/repo
action=${1:?usage: on-server.sh publish <sha> | due | preview <sha> <label> <url> | remove-preview <label>}

if [ -f "$root/site.env" ]; then
  set -a
  # shellcheck disable=SC1091
  . "$root/site.env"
  set +a
fi

# <dir> at <sha>, with node_modules installed: a worktree of <repo>, made on first use. The live
# site builds in <DEPLOY_PATH>/app (the checkout README "Deploying" and the systemd unit name; one
# cloned there by hand is used as it is, the commit fetched into it) and each preview in a worktree
# of its own, so a preview never moves the files a deploy builds from.
checkout() {
  local sha=$1 dir=$2
  if [ ! -e "$dir/.git" ]; then
    git -C "$repo" worktree prune
    git -C "$repo" worktree add --force --detach "$dir" "$sha" >/dev/null
  fi
  git -C "$dir" cat-file -e "$sha^{commit}" 2>/dev/null || git -C "$dir" fetch --quiet "$repo" "$sha"
  git -C "$dir" checkout --quiet --force --detach "$sha"
  # Untracked files would be built as if they were content; ignored ones (.data/, caches) stay.
  git -C "$dir" clean -qfd -e node_modules -e .env
  local live=$root/app
  if [ "$dir" != "$live" ] && cmp -s "$dir/package-lock.json" "$live/node_modules/.installed-lock.json"; then
    # A draft never changes the dependencies: share the live worktree's instead of installing again.
    if [ ! -L "$dir/node_modules" ]; then
      rm -rf "$dir/node_modules"
      ln -s "$live/node_modules" "$dir/node_modules"
    fi
  elif [ -L "$dir/node_modules" ] || ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"; then
    rm -rf "$dir/node_modules"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"
  fi
}

# Build, check and switch the live site. AFTER_SWITCH (site.env), e.g. `sudo systemctl restart
# giaoduc-feedback`, runs once the new release is live: the feedback server reads the consultations
# of the release it was started from.
deploy_live() {
  npm run --silent deploy -- --target "$root" ${AFTER_SWITCH:+--after-switch "$AFTER_SWITCH"}
}

case "$action" in
  publish)
    sha=${2:?publish needs the commit}
    checkout "$sha" "$root/app"
    cd "$root/app"
    deploy_live
    ;;
  due)
    # CI pushes every commit it publishes to refs/heads/live before calling `publish`.
    sha=$(git -C "$repo" rev-parse --verify refs/heads/live)
    checkout "$sha" "$root/app"
    cd "$root/app"
    # The live build's time, read on the server itself (the public address may not be reachable
    # from inside the data centre). No live site yet: publish.
    status=0
    if [ -f "$root/current/client/release.json" ]; then
      since=$(node -p "require(process.argv[1]).builtAt" "$root/current/client/release.json")
      set +e
      npm run --silent publish:due -- --since "$since"
      status=$?
      set -e
    fi
    [ "$status" -eq 0 ] || exit "$status"
    deploy_live
    ;;
  preview)
    sha=${2:?preview needs the commit} label=${3:?preview needs the label} url=${4:?preview needs the address}
    [[ $label =~ ^[a-z0-9-]{1,63}$ ]] || { echo "Bad preview label: $label" >&2; exit 2; }
    checkout "$sha" "$root/previews-work/$label"
    cd "$root/previews-work/$label"
    target=$root/previews/$label
    # A first preview starts from the live site's build caches (optimised images, share cards)
    # rather than cold; later builds of the same draft keep their own.
    if [ ! -d "$target/cache" ] && [ -d "$root/cache" ]; then
      mkdir -p "$target"
      cp -a "$root/cache" "$target/cache"
    fi
    SITE_PREVIEW=1 SITE_URL=$url npm run --silent deploy -- --target "$target" --keep 1
    ;;
  remove-preview)
    label=${2:?remove-preview needs the label}
    [[ $label =~ ^[a-z0-9-]{1,63}$ ]] || { echo "Bad preview label: $label" >&2; exit 2; }
    rm -rf "${root:?}/previews/$label"
    if [ -e "$root/previews-work/$label" ]; then
      git -C "$repo" worktree remove --force "$root/previews-work/$label"
    fi
    echo "Preview $label removed."
    ;;
  *)
    echo "Unknown action: $action" >&2
    exit 2
    ;;
esac
