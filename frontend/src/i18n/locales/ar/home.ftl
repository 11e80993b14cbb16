# The home page: the first page a resident sees. Plainest words.
# Terms: see docs/glossary.md (neighbourhood, report, issue, task, hours given).

home-title = Commonground
home-lede = مكان مشترك يعتني فيه أهل الحي والجهات العامة التي تعمل فيه بما حولهم معًا.
home-how-heading = كيف يعمل
home-how-pool = <strong>أبلِغ مع جيرانك.</strong> عندما يرى عدة جيران عمود الإنارة المعطل نفسه، تجتمع بلاغاتهم في مشكلة مشتركة واحدة، ويعرف كل من أبلغ ما يحدث بعد ذلك.
home-how-talk = <strong>تحدّث مع غيرك.</strong> ناقش ما يهم منطقتك مع الناس الذين يعيشون فيها ومع الجهات التي تستطيع أن تفعل شيئًا.
home-how-help = <strong>ساعد.</strong> تُقسَّم مهام المتطوعين إلى أجزاء صغيرة، وتُحسب ساعات العطاء للحي كله، لا لترتيب الأفراد.
home-how-together = كل شيء هنا لخير الجميع: ما يطرحه شخص واحد يستطيع كثيرون تأييده، ويستطيع الجميع متابعته.
home-mine-heading = أحياؤك
home-no-neighbourhoods = لم تنضم إلى أي حي بعد. <find>ابحث عن حي قريب منك</find> أو <start>أنشئ حيًا جديدًا</start>.
home-start-heading = ابدأ
home-create-account = أنشئ حسابًا
home-browse = تصفّح الأحياء
home-sign-in = سجّل الدخول
