# كلمات تشترك فيها صفحات كثيرة: المسافات وأسماء الأنواع والحالات.

distance-here = هنا
distance-metres-away = على بعد { $metres } م
distance-km-away = على بعد { $km } كم

visibility-public = عام
visibility-private = خاص
join-policy-open = يمكن لأي شخص الانضمام
join-policy-approval = المنسقون يوافقون على الأعضاء الجدد
role-member = عضو
role-coordinator = منسق
member-status-active = نشط
member-status-pending = الطلب قيد الانتظار
member-status-suspended = موقوف
