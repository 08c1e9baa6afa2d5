#!/usr/bin/env bash
# Against the running platform (./parcours up): a contact is invited to the demo's first NPS survey and the e-mail is
# read back from maildev's API, as a newcomer would see it in the inbox; its survey link opens on the gateway. The same
# by text message, read back from the local SMS inbox. Then a survey trigger: an interaction recorded for another
# contact at the survey's touchpoint travels through Kafka to feedback-service, which invites them.
set -euo pipefail
cd "$(dirname "$0")/.."

call() { # token GraphQL-document variables-JSON → data JSON
  curl -fsS http://127.0.0.1:8080/graphql -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "$(node -e 'console.log(JSON.stringify({ query: process.argv[1], variables: JSON.parse(process.argv[2]) }))' "$2" "$3")" \
    | node -e 'const d = JSON.parse(require("fs").readFileSync(0)); if (d.errors) { console.error(JSON.stringify(d.errors)); process.exit(1); } console.log(JSON.stringify(d.data))'
}
editor=$(./parcours token editor)
address="smoke-$(date +%s%N)@example.com"
survey=$(call "$editor" '{ surveys(first: 100, status: ACTIVE) { edges { node { id kind } } } }' '{}' \
  | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).surveys.edges.find(e => e.node.kind === "NPS").node.id)')
call "$editor" 'mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }' \
  "{\"in\": {\"respondentRef\": \"$address\", \"email\": \"$address\", \"locale\": \"fr\", \"emailConsent\": true}}" >/dev/null
call "$editor" 'mutation($s: ID!, $r: [String]) { inviteContacts(surveyId: $s, respondentRefs: $r) { scheduled } }' \
  "{\"s\": \"$survey\", \"r\": [\"$address\"]}" >/dev/null

# The personal link in the first e-mail to the address, within 60 s.
link_mailed_to() { # address
  local link=
  for ((waited = 0; waited < 60; waited++)); do
    link=$(curl -fsS http://127.0.0.1:1080/api/email | node -e '
      const mails = JSON.parse(require("fs").readFileSync(0));
      const mail = mails.find(m => (m.to ?? []).some(t => t.address === process.argv[1]));
      if (mail) console.log((mail.html.match(/href="(http[^"]*\/s\/[^"?]*)/) ?? [])[1] ?? "no link");' "$1")
    [[ -n "$link" ]] && break
    sleep 1
  done
  [[ -n "$link" && "$link" != "no link" ]] || { echo "no invitation e-mail to $1 in maildev after 60 s" >&2; return 1; }
  echo "$link"
}

link=$(link_mailed_to "$address")
token=${link##*/}
curl -fsS "http://127.0.0.1:8080/api/v1/respond/$token" | grep -q '"personal":true' \
  || { echo "the invitation's link does not open its survey: $link" >&2; exit 1; }
echo "the invitation e-mail to $address arrived in maildev; its link opens the survey: ${link%%/s/*}/s/…"

# By text message: the SMS inbox verified the message's signature; its short link opens the survey.
phone="+3361$(date +%N | cut -c1-7)"
call "$editor" 'mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }' \
  "{\"in\": {\"respondentRef\": \"sms-$phone\", \"phone\": \"$phone\", \"locale\": \"fr\", \"smsConsent\": true}}" >/dev/null
call "$editor" 'mutation($s: ID!, $r: [String]) { inviteContacts(surveyId: $s, respondentRefs: $r, channel: SMS) { scheduled } }' \
  "{\"s\": \"$survey\", \"r\": [\"sms-$phone\"]}" >/dev/null
short=
for ((waited = 0; waited < 60; waited++)); do
  short=$(curl -fsS http://127.0.0.1:1081/api/messages | node -e '
    const message = JSON.parse(require("fs").readFileSync(0)).find(m => m.to === process.argv[1]);
    if (message) console.log((message.text.match(/\/s\/([A-Za-z0-9]+)/) ?? [])[1] ?? "no link");' "$phone")
  [[ -n "$short" ]] && break
  sleep 1
done
[[ -n "$short" && "$short" != "no link" ]] || { echo "no text message to $phone in the SMS inbox after 60 s (${short:-none})" >&2; exit 1; }
curl -fsS "http://127.0.0.1:8080/api/v1/respond/$short" | grep -q '"personal":true' \
  || { echo "the text message's short link /s/$short does not open its survey" >&2; exit 1; }
echo "the text message to $phone arrived in the SMS inbox; its short link opens the survey"

customer="trigger-$(date +%s%N)@example.com"
# A survey about a touchpoint: the trigger invites whoever meets that touchpoint.
read -r trigger_survey touchpoint < <(call "$editor" '{ surveys(first: 100, status: ACTIVE) { edges { node { id touchpointId } } } }' '{}' \
  | node -e 'const e = JSON.parse(require("fs").readFileSync(0)).surveys.edges.find(e => e.node.touchpointId); console.log(e ? `${e.node.id} ${e.node.touchpointId}` : "")')
[[ -n "${touchpoint:-}" ]] || { echo "no demo survey is about a touchpoint" >&2; exit 1; }
call "$editor" 'mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }' \
  "{\"in\": {\"respondentRef\": \"$customer\", \"email\": \"$customer\", \"locale\": \"en\", \"emailConsent\": true}}" >/dev/null
trigger=$(call "$editor" 'mutation($in: SurveyTriggerInput!) { createSurveyTrigger(input: $in) { id } }' \
  "{\"in\": {\"surveyId\": \"$trigger_survey\", \"touchpointId\": \"$touchpoint\", \"delaySeconds\": 1}}" \
  | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).createSurveyTrigger.id)')
# Removed when this script ends: later checks' interactions at the demo's touchpoints must invite nobody.
trap 'call "$editor" "mutation { deleteSurveyTrigger(id: \"$trigger\") }" "{}" >/dev/null' EXIT
call "$(./parcours token collector)" 'mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) { accepted } }' \
  "{\"e\": [{\"eventId\": \"$customer\", \"touchpointId\": \"$touchpoint\", \"customerRef\": \"$customer\", \"occurredAt\": \"$(date -u +%FT%T.%3NZ)\"}]}" >/dev/null
link_mailed_to "$customer" >/dev/null
echo "an interaction of $customer at the survey's touchpoint fired its trigger: the invitation arrived in maildev"
