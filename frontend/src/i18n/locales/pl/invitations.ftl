# Zaproszenia: odpowiadanie na swoje i zapraszanie przez koordynatorów e-mailem.

## InvitationsPage

invite-title = Zaproszenia
invite-yours-title = Twoje zaproszenia
invite-loading = Wczytujemy…
invite-sign-in = <link>Zaloguj się</link>, żeby zobaczyć zaproszenia wysłane na twój adres. Pierwszy raz tutaj? <signup>Załóż konto</signup> na adres, na który przyszło zaproszenie.

## parts

invite-about = zaproszenie do sąsiedztwa { $name }
invite-load-more = Wczytaj więcej zaproszeń

## MyInvitations: zaproszenia czekające na twoją odpowiedź

invite-heading = Zaproszenia
invite-joined = Dołączasz do sąsiedztwa { $name }.
invite-declined = Odrzucono zaproszenie do sąsiedztwa { $name }.
invite-go-to = Przejdź do sąsiedztwa { $name }
invite-list-loading = Wczytujemy zaproszenia…
invite-none-waiting = Nie czekają na ciebie żadne zaproszenia.
invite-invited-to = Zaproszenie do sąsiedztwa { $name }
invite-until = Ważne do { $date }
invite-accept = Przyjmij
invite-decline = Odrzuć

## InvitationManager: dla koordynatorów

invite-email-label = Adres e-mail
invite-sent = Zaproszenie wysłane na adres { $email }. Jeśli ta osoba je przyjmie, dołączy do sąsiedztwa.
invite-withdrawn = Zaproszenie dla { $email } zostało wycofane.
invite-manager-heading = Zaproś e-mailem
invite-email-hint = Ta osoba dostanie zaproszenie, które może przyjąć albo odrzucić; nikt nie zostaje dodany bez zgody.
invite-sending = Wysyłamy…
invite-send = Wyślij zaproszenie
invite-pending-heading = Zaproszenia bez odpowiedzi
invite-pending-none = Żadne zaproszenie nie czeka na odpowiedź.
invite-withdraw = Wycofaj
