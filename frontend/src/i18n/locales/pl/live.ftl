# Aktualizacje na żywo (live/live.tsx): wskaźnik w nagłówku. Słowa w <shown>…</shown> są
# widoczne; resztę zdania czytają tylko czytniki ekranu.

live-status-connecting = Aktualizacje na żywo: <shown>Łączenie…</shown>
live-status-connected = <shown>Na żywo</shown>: aktualizacje włączone
live-status-reconnecting = Aktualizacje na żywo: <shown>Ponowne łączenie…</shown>

# Problemy opisane w przeglądarce (api/errors.ts): nie udało się połączyć z serwerem albo serwer nic nie powiedział.

api-network-title = Nie udało się połączyć z serwerem
api-network-detail = Sprawdź połączenie i spróbuj jeszcze raz.
api-too-many-attempts = { $count ->
    [one] Za dużo prób. Poczekaj { $count } sekundę i spróbuj jeszcze raz.
    [few] Za dużo prób. Poczekaj { $count } sekundy i spróbuj jeszcze raz.
    [many] Za dużo prób. Poczekaj { $count } sekund i spróbuj jeszcze raz.
   *[other] Za dużo prób. Poczekaj { $count } sekundy i spróbuj jeszcze raz.
}
api-something-went-wrong = Coś poszło nie tak.
