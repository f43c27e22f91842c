# صفحات UIL: الطلبات التي وصلت إلى UIL ومراجعتها، والدعوات، وتمديد المواعيد النهائية،
# وسجل التدقيق، وصندوق البريد الصادر، وحسابات الموظفين، ودليل الأعضاء. وكذلك سجل
# الرسائل الإلكترونية لكل طلب.

## عناصر صغيرة.
uil-list-separator = {"، "}
uil-list-last = {" و"}
uil-colon = {": "}

## قائمة صفحات UIL.
uil-nav-label = UIL
uil-nav-applications = الطلبات
uil-nav-calls = الدعوات
uil-nav-extensions = التمديدات
uil-nav-audit = التدقيق
uil-nav-mail = البريد
uil-nav-staff = الموظفون
uil-nav-members = دليل الأعضاء

## القوائم: عوامل التصفية والصفحات.
uil-filter-show = عرض
uil-filter-any = الكل
uil-filter-all-calls = جميع الدعوات
uil-filter-all-regions = جميع المناطق
uil-filter-all-countries = جميع البلدان
uil-filter-all-stages = جميع المراحل
uil-filter-reviewed-either = أيًّا كان
uil-filter-reviewed-yes = مرة واحدة على الأقل
uil-filter-reviewed-no = ليس بعد
uil-sort-newest = الأحدث أولًا
uil-sort-country = حسب البلد
uil-sort-city = حسب المدينة
uil-pages = الصفحات
uil-previous-page = الصفحة السابقة
uil-next-page = الصفحة التالية
uil-page-of = الصفحة { $page } من { $pages }

## اللوحة: الطلبات التي وصلت إلى UIL.
uil-dashboard-title = الطلبات لدى UIL
uil-failed-mail = { $count ->
    [zero] لا توجد رسائل تعذّر إرسالها
    [one] تعذّر إرسال رسالة واحدة
    [two] تعذّر إرسال رسالتين
    [few] تعذّر إرسال { $count } رسائل
    [many] تعذّر إرسال { $count } رسالة
   *[other] تعذّر إرسال { $count } رسالة
}
uil-failed-mail-see = الاطلاع على الرسائل التي تعذّر إرسالها
uil-failed-mail-resend = وإعادة إرسالها.
uil-failed-mail-coordinator = يمكن لمنسّق في UIL إعادة إرسالها.
uil-by-region = حسب المنطقة
uil-by-region-caption = الطلبات حسب المنطقة
uil-by-stage = حسب المرحلة
uil-by-stage-caption = الطلبات حسب المرحلة
uil-chart-title = الطلبات حسب المنطقة: { $counts }
uil-chart-item = { $region } { $count }
uil-col-region = المنطقة
uil-col-applications = الطلبات
uil-col-stage = المرحلة
uil-col-city = المدينة
uil-col-country = البلد
uil-col-reached = تاريخ الوصول إلى UIL
uil-col-assessments = التقييمات
uil-col-average = المتوسط
uil-applications-count = { $count ->
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
uil-export-link = تنزيل هذه الطلبات في جدول بيانات (CSV)
uil-no-match = لا يوجد طلب يطابق عوامل التصفية هذه.

## طلب واحد.
uil-application-title = { $city } – UIL
uil-back-to-applications = العودة إلى الطلبات
uil-application-heading = طلب { $city }
uil-reached-on = وصل إلى UIL في { $when }.
uil-printable = نسخة للطباعة
uil-decision-message-shown = رسالة UIL إلى المدينة:
uil-endorsement-heading = تزكية اللجنة الوطنية
uil-signing-officer = الموظف المفوَّض بالتوقيع
uil-officer = { $name }، { $title }
uil-endorsement-note = ملاحظة
uil-none = لا توجد
uil-signed-endorsement = التزكية الموقَّعة
uil-missing = غير مرفوعة
uil-file-size = ({ $size })
uil-start-review = بدء المراجعة
uil-assessments = التقييمات
uil-your-assessment = تقييمكم، { $when }
uil-admin-sees-all = بصفتكم منسّقًا في UIL، يمكنكم الاطلاع على جميع التقييمات.
uil-hidden-until-own = تظهر هنا تقييمات المراجعين الآخرين بعد أن تكتبوا تقييمكم.
uil-other-assessments = التقييمات الأخرى
uil-all-assessments = جميع التقييمات
uil-col-reviewer = المراجع
uil-col-comment = التعليق
uil-averages = المتوسطات:
uil-averages-list = { $averages }.
uil-averages-separator = {"؛ "}
uil-criterion-average = { $criterion } { $average }
uil-overall = المتوسط العام { $average }.
uil-change-assessment = تعديل تقييمكم
uil-write-assessment = كتابة تقييمكم
uil-comment = التعليق
uil-save-assessment = حفظ تقييمي
uil-decision = القرار
uil-decision-legend = هل تُقبل { $city } عضوًا؟
uil-decision-accepted = مقبولة: تنضم { $city } إلى الشبكة
uil-decision-not-accepted = غير مقبولة
uil-decision-message-label = رسالة إلى المدينة ولجنتها الوطنية
uil-record-decision = تسجيل القرار
uil-documents = الوثائق
uil-progress = سير الطلب
uil-timeline-entry = { $who }: { $what }
uil-not-given = لم يُذكر

## سجل الرسائل الإلكترونية الخاصة بالطلب.
uil-mail-log-heading = الرسائل الإلكترونية المتعلقة بهذا الطلب
uil-mail-log-none = لا توجد رسائل حتى الآن.
uil-mail-log-when = التاريخ
uil-mail-log-to = المرسَل إليه
uil-mail-log-subject = الموضوع
uil-mail-log-state = الحالة

## الدعوات.
uil-calls-title = الدعوات
uil-calls-heading = الدعوات لتقديم الطلبات
uil-calls-col-title = العنوان
uil-calls-col-opens = تاريخ الفتح
uil-calls-col-city = آخر موعد للمدن
uil-calls-col-natcom = آخر موعد للجان الوطنية
uil-calls-col-quota = التزكيات
uil-calls-current = معروضة في الصفحة العامة
uil-call-new-heading = إنشاء دعوة
uil-call-edit-heading = تعديل الدعوة
uil-back-to-calls = العودة إلى الدعوات
uil-call-title = العنوان
uil-call-title-hint = كما يظهر في الصفحة العامة، على سبيل المثال: انضموا إلى شبكة اليونسكو العالمية لمدن التعلّم! (2025)
uil-call-opens-on = يبدأ تقديم الطلبات في
uil-call-city-deadline = تقدِّم المدن طلباتها إلى لجانها الوطنية في موعد أقصاه
uil-call-natcom-deadline = تقدِّم اللجان الوطنية الطلبات إلى UIL في موعد أقصاه
uil-call-quota = عدد التزكيات لكل لجنة وطنية
uil-call-zone = المنطقة الزمنية للتواريخ
uil-call-zone-hint = AoE (Anywhere on Earth، أي UTC−12: يظل التاريخ ساريًا ما دام هو التاريخ في مكان ما على الأرض) أو اسم منطقة زمنية مثل Europe/Paris
uil-call-body = نص الدعوة
uil-call-body-hint = Markdown: سطر فارغ بين الفقرات، و«## » قبل العنوان، و«- » قبل كل بند من بنود القائمة.
uil-call-save = حفظ الدعوة

## تمديد المواعيد النهائية.
uil-extensions-title = تمديد المواعيد النهائية
uil-extensions-intro = موعد نهائي لاحق لطلب مدينة واحدة أو للجنة وطنية واحدة. ويُسجَّل مع سببه، ويُعرض أينما يُعرض ذلك الموعد النهائي.
uil-extensions-kind = ما الذي يُمدَّد؟
uil-extensions-kind-application = الموعد النهائي للمدينة الخاص بطلب واحد (يُرجى ذكر رقمه)
uil-extensions-kind-country = الموعد النهائي للجنة وطنية واحدة (يُرجى اختيار دولتها العضو)
uil-extensions-application = رقم الطلب
uil-extensions-application-hint = تجده المدينة في آخر عنوان صفحة طلبها: /applications/123
uil-extensions-country = الدولة العضو
uil-choose-member-state = اختاروا دولة عضوًا
uil-extensions-new-deadline = الموعد النهائي الجديد
uil-extensions-new-deadline-hint = يوم كامل وفقًا للمنطقة الزمنية للدعوة
uil-extensions-reason = السبب
uil-extensions-grant = منح التمديد
uil-extensions-granted = التمديدات الممنوحة
uil-extensions-none = لا توجد تمديدات حتى الآن.
uil-extensions-col-what = الموعد النهائي المعني
uil-extensions-col-call = الدعوة
uil-extensions-col-until = حتى
uil-extensions-col-reason = السبب
uil-extensions-col-by = مُنح من
uil-extensions-granted-by = { $name }، { $when }
uil-extensions-of-application = الموعد النهائي للمدينة الخاص بالطلب { $id }: { $city }، { $country }
uil-extensions-of-draft = الموعد النهائي للمدينة الخاص بالطلب { $id } (لم يُقدَّم بعد)
uil-extensions-of-natcom = اللجنة الوطنية – { $country }

## سجل التدقيق.
uil-audit-title = التدقيق
uil-audit-heading = كل ما جرى على الطلبات
uil-audit-application = رقم الطلب
uil-audit-actor = الشخص (الاسم أو عنوان البريد الإلكتروني)
uil-audit-from = من
uil-audit-to = إلى
uil-audit-accounts-heading = التغييرات في الحسابات
uil-audit-col-account = الحساب
uil-audit-two-factor-enrolled = أُعِدّ العامل الثاني
uil-audit-two-factor-reset = أُعيد تعيين العامل الثاني
uil-audit-command-line = سطر الأوامر
uil-events-count = { $count ->
    [zero] لا توجد أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثًا
   *[other] { $count } حدث
}
uil-col-when = التاريخ
uil-col-application = الطلب
uil-col-who = مَن
uil-col-what = ماذا
uil-col-note = ملاحظة
uil-audit-application-cell = { $id }: { $city }
uil-audit-created = أُنشئ ({ $stage })
uil-audit-transition = { $from } ← { $to }

## صندوق البريد الصادر.
uil-outbox-title = البريد
uil-outbox-resent = وُضعت نسخة في قائمة الانتظار (الرسالة { $id })، وستُرسل في غضون دقيقة.
uil-outbox-kind = النوع
uil-outbox-text = المرسَل إليه أو الموضوع
uil-mails-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
}
uil-outbox-col-queued = تاريخ الإدراج في قائمة الانتظار
uil-outbox-col-to = المرسَل إليه
uil-outbox-col-subject = الموضوع
uil-outbox-col-kind = النوع
uil-outbox-col-state = الحالة
uil-outbox-col-attempts = المحاولات
uil-outbox-col-error = آخر خطأ
uil-outbox-col-action = الإجراء
uil-outbox-application = (الطلب { $id })
uil-outbox-resend = إعادة الإرسال
uil-outbox-resend-to = إلى { $to }
uil-mail-kind-verify_email = تأكيد عنوان البريد الإلكتروني
uil-mail-kind-account_exists = الحساب موجود بالفعل
uil-mail-kind-password_reset = إعادة تعيين كلمة المرور
uil-mail-kind-invitation = دعوة إلى إنشاء حساب
uil-mail-kind-submission_receipt = إشعار باستلام طلب
uil-mail-kind-natcom_new_application = طلب جديد، إلى اللجنة الوطنية
uil-mail-kind-natcom_endorsed = تزكية، إلى المدينة
uil-mail-kind-natcom_declined = رفض، إلى المدينة
uil-mail-kind-natcom_returned = إعادة، إلى المدينة
uil-mail-kind-natcom_reopened = العدول عن القرار، إلى المدينة
uil-mail-kind-natcom_forwarded = التقديم إلى UIL، إلى المدينة
uil-mail-kind-uil_submissions = الطلبات المقدَّمة، إلى UIL
uil-mail-kind-uil_decision = قرار UIL، إلى المدينة
uil-mail-kind-uil_decision_natcom = قرار UIL، إلى اللجنة الوطنية
uil-mail-kind-reminder_city_day = تذكير للمدينة، قبل يوم واحد
uil-mail-kind-reminder_city_week = تذكير للمدينة، قبل أسبوع
uil-mail-kind-reminder_natcom_day = تذكير للجنة الوطنية، قبل يوم واحد
uil-mail-kind-reminder_natcom_fortnight = تذكير للجنة الوطنية، قبل أسبوعين
uil-mail-kind-reminder_natcom_two_days = تذكير للجنة الوطنية، قبل يومين
uil-mail-kind-colleague_invitation = دعوة إلى العمل على طلب
uil-mail-kind-reminder_natcom_week = تذكير للجنة الوطنية، قبل أسبوع

## حسابات الموظفين.
uil-users-title = حسابات الموظفين
uil-users-invited = أُرسلت الدعوة إلى { $email }. يظل الرابط صالحًا لمدة 7 أيام.
uil-users-caption = حسابات اللجان الوطنية وUIL
uil-users-col-name = الاسم
uil-users-col-email = البريد الإلكتروني
uil-users-col-role = الدور
uil-users-col-country = الدولة العضو
uil-users-col-status = الحالة
uil-users-invited-status = مدعو
uil-users-active = نشط
uil-users-col-two-factor = تسجيل الدخول على خطوتين
uil-users-two-factor-on = مفعَّل
uil-users-two-factor-off = غير مُعَدّ
uil-users-reset-two-factor = إعادة تعيين العامل الثاني
uil-users-two-factor-reset-done = أُعيد تعيين العامل الثاني لحساب { $name } وأُنهيت جميع جلساته، وسيُطلب إعداد عامل ثانٍ جديد عند تسجيل الدخول التالي.
uil-invite-heading = دعوة شخص
uil-invite-name = الاسم الكامل
uil-invite-email = عنوان البريد الإلكتروني
uil-invite-role = الدور
uil-invite-role-natcom = اللجنة الوطنية (يُرجى اختيار دولتها العضو أدناه)
uil-invite-role-reviewer = مراجع في UIL: يقيّم الطلبات التي وصلت إلى UIL
uil-invite-role-admin = منسّق في UIL: يدير الدعوات والمستخدمين والقرارات
uil-invite-country = الدولة العضو (للجان الوطنية وأعضاء لجنة التحكيم)
uil-invite-send = إرسال الدعوة

## استيراد دليل الأعضاء.
uil-members-title = دليل الأعضاء
uil-members-done = حُدِّث دليل الأعضاء. أُضيف: { $added }؛ حُدِّث: { $updated }؛ حُذف: { $removed }؛ دون تغيير: { $unchanged }.
uil-members-see-it = الاطلاع عليه
uil-members-preview-heading = ما سيغيّره الاستيراد
uil-members-count-add = للإضافة: { $count }
uil-members-count-update = للتحديث (سنة الانضمام): { $count }
uil-members-count-remove = للحذف: { $count }
uil-members-count-unchanged = مدرجون بالفعل كما هم: { $count }
uil-members-bad-heading = تتعذّر قراءة بعض الأسطر
uil-members-bad-text = يُرجى تصحيحها في الملف ثم رفعه من جديد؛ لم يتغيّر أي شيء.
uil-members-bad-line = السطر { $line }: { $problem }
uil-members-to-add = للإضافة
uil-members-to-update = للتحديث
uil-members-to-remove = للحذف
uil-members-row = { $city } ({ $country })
uil-members-row-year = { $city } ({ $country })، { $year }
uil-members-row-joined = { $city } ({ $country }): عضو منذ { $year }
uil-members-apply = تطبيق هذه التغييرات
uil-members-cancel = إلغاء
uil-members-intro = ارفعوا القائمة الرسمية للأعضاء في ملف CSV. ويحدد السطر الأول منه أسماء الأعمدة:
uil-members-column-city = اسم المدينة
uil-members-column-country = رمز ISO للدولة العضو، مثل DE
uil-members-column-year = سنة انضمام المدينة (يجوز تركها فارغة)
uil-members-preview-first = سترون ما سيتغيّر قبل إجراء أي تغيير.
uil-members-file = ملف CSV للأعضاء
uil-members-file-too-large = يجب ألا يتجاوز حجم الملف 10 ميغابايت
uil-members-file-not-utf8 = يجب أن يكون الملف بصيغة CSV وبترميز UTF-8
uil-members-file-missing = اختاروا ملف CSV للأعضاء
uil-members-mode = ما الذي يُفعل به
uil-members-mode-add = إضافة أعضائه إلى الدليل (وتحديث سنة انضمام المدرجين فيه بالفعل)
uil-members-mode-replace = استبدال الدليل به
uil-members-preview-button = معاينة التغييرات

## The call's text in other languages (call form).
uil-call-translations-heading = الدعوة بلغات أخرى
uil-call-translations-hint = تعرض الصفحة العامة الدعوة بلغة القارئ إذا كان لها عنوان ونص بتلك اللغة، وإلا فتعرضها باللغة الإنكليزية مع الإشارة إلى ذلك. اترك الحقلين فارغين لعدم تقديم نص بهذه اللغة، واملأ الحقلين لتقديمه.
uil-call-title-in = العنوان باللغة: { $language }
uil-call-body-in = النص باللغة: { $language } (Markdown)
uil-applied-before = سبق أن قدّمت المدينة طلباً، وقد بُدئ هذا الطلب انطلاقاً منه:
uil-applied-before-link = الطلب رقم { $id }
uil-nav-pipeline = سير الطلبات
uil-pipeline-title = الطلبات لدى اللجان الوطنية
uil-pipeline-lead = طلبات الدعوة الحالية لدى لجانها الوطنية، حسب المنطقة والدولة العضو: أعداد فقط، اعتبارًا من التقديم. أما المسودات فهي شأن المدن وحدها ولا تُحتسب أبدًا.
uil-pipeline-col-state = الدولة العضو
uil-pipeline-col-submitted = المقدَّمة
uil-pipeline-col-endorsed = المزكّاة
uil-pipeline-col-forwarded = المُرسلة إلى UIL
uil-pipeline-total = المنطقة ككل
uil-pipeline-none = لا توجد طلبات بعد:
