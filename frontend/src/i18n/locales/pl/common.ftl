# Słowa wspólne dla wielu stron: odległości, nazwy rodzajów i stanów.

distance-here = tutaj
distance-metres-away = { $metres } m stąd
distance-km-away = { $km } km stąd

visibility-public = Publiczne
visibility-private = Prywatne
join-policy-open = Każdy może dołączyć
join-policy-approval = Koordynatorzy zatwierdzają nowe osoby
role-member = Członek
role-coordinator = Koordynator
member-status-active = Aktywny
member-status-pending = Prośba czeka
member-status-suspended = Zawieszony

# Szukanie, gdzie jesteś (przycisk „Użyj mojej lokalizacji” w formularzu zgłoszenia).
geo-unsupported = Ta przeglądarka nie może podać twojej lokalizacji. Wpisz współrzędne.
geo-permission-denied = Nie dano zgody na lokalizację. Wpisz współrzędne.
geo-timeout = Szukanie lokalizacji trwało za długo. Spróbuj jeszcze raz albo wpisz współrzędne.
geo-unavailable = Nie udało się znaleźć twojej lokalizacji. Wpisz współrzędne.
