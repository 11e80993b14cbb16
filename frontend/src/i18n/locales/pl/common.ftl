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
