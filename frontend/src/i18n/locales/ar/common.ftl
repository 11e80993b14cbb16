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

# تحديد مكانك (زر «استخدم موقعي» في نموذج البلاغ).
geo-unsupported = هذا المتصفح لا يستطيع مشاركة موقعك. أدخل الإحداثيات بدلًا من ذلك.
geo-permission-denied = لم يُسمح بمعرفة الموقع. أدخل الإحداثيات بدلًا من ذلك.
geo-timeout = استغرق تحديد موقعك وقتًا طويلًا. حاول مرة أخرى أو أدخل الإحداثيات.
geo-unavailable = تعذّر تحديد موقعك. أدخل الإحداثيات بدلًا من ذلك.
