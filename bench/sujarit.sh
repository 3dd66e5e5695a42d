# Shared by the benchmark scripts (source it): start the built jar on a data directory and wait
# until it serves. Needs target/sujarit.jar (./mvnw package -DskipTests).

# A TCP port nobody listens on.
free_port() {
  python3 -c "import socket; s=socket.socket(); s.bind(('', 0)); print(s.getsockname()[1])"
}

# start_sujarit DATA PORT [NAME=VALUE ...]: starts the jar with -Xmx512m, sets APP to its pid and
# returns once it logs "Started"; the extra NAME=VALUE pairs go to its environment.
start_sujarit() {
  local data=$1 port=$2
  shift 2
  [[ -f target/sujarit.jar ]] || { echo "build first: ./mvnw package -DskipTests"; return 2; }
  env SUJARIT_DATA_DIR="$data" SUJARIT_PORT="$port" "$@" java -Xmx512m -jar target/sujarit.jar > "$data/app.log" 2>&1 &
  APP=$!
  until grep -q "Started Sujarit" "$data/app.log"; do
    kill -0 "$APP" 2>/dev/null || { cat "$data/app.log"; return 1; }
    sleep 0.1
  done
}

# On a first start the administrator and demo data are written just after "Started"; polling with
# their password before that would count as failed sign-ins, so wait for the banner instead.
wait_for_first_start_data() {
  until grep -q "shown only once" "$1/app.log"; do sleep 0.1; done
}
