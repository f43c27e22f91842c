# صفحات المدينة: طلباتها، والاستمارة، ومراجعة الإجابات، والتقديم، والطباعة، والسحب؛
# وسجل الطلب والرسائل المتعلقة به.

## قائمة طلبات المدينة.
city-list-title = طلباتكم
city-list-none = لم تبدؤوا أي طلب بعد.
city-list-col-city = المدينة
city-list-col-country = البلد
city-list-col-call = الدعوة
city-list-col-stage = المرحلة
city-list-col-updated = آخر تغيير
city-list-start = بدء طلب
city-submit-by = يُرجى تقديمه إلى اللجنة الوطنية لليونسكو في بلدكم في موعد أقصاه { $deadline }.

## بدء طلب.
city-new-title = بدء طلب
city-new-intro = ما المدينة المتقدمة بالطلب؟ يمكنكم حفظ الاستمارة أثناء ملئها والعودة إليها لاحقاً.
city-new-start = بدء الطلب

## مشتركة بين صفحات الطلب.
city-application-of = طلب { $city }
city-application-of-in = طلب { $city }، { $country }
city-closed-heading = باب التقديم مغلق.
city-back-to-application = العودة إلى الطلب
city-change = تغيير
city-upload = تحميل
city-documents-heading = الوثائق
city-document-kind = { $kind }:
city-document-size = ({ $size })
city-size-mb = { $size } ميغابايت
city-size-kb = { $size } كيلوبايت

## قائمة المهام.
city-task-list-title = طلبكم
city-task-list-progress = أكملتم { $completed } من أصل { $required ->
        [zero] { $required } قسم مطلوب
        [one] قسم مطلوب واحد
        [two] قسمين مطلوبين
        [few] { $required } أقسام مطلوبة
        [many] { $required } قسماً مطلوباً
       *[other] { $required } قسم مطلوب
    }. تُحفظ إجاباتكم أولاً بأول: يمكنكم المغادرة والعودة.
city-task-list-confirm-email = يُرجى تأكيد عنوان بريدكم الإلكتروني قبل التقديم: افتحوا الرابط الذي أرسلناه إليكم، أو
city-ask-for-new-link = اطلبوا رابطاً جديداً
city-task-list-confirm-email-end = .
city-check-and-submit = مراجعة الإجابات والتقديم
city-check-answers = مراجعة الإجابات
city-see-application-page = عرض صفحة الطلب

## قسم من أقسام الاستمارة.
city-section-title = { $section } – { $city }
city-documents-intro = يمكنكم إضافة ما يصل إلى { $max ->
        [zero] { $max } ملف PDF
        [one] ملف PDF واحد
        [two] ملفَّي PDF
        [few] { $max } ملفات PDF
        [many] { $max } ملفاً بصيغة PDF
       *[other] { $max } ملف PDF
    } تدعم الطلب: استراتيجية أو خطة أو تقرير. ولا يتجاوز حجم كل منها 10 ميغابايت.
city-documents-uploaded = الوثائق الداعمة المحمَّلة
city-documents-col-file = الملف
city-documents-col-size = الحجم
city-documents-col-action = الإجراء
city-document-remove = إزالة
city-words-too-many = { $count ->
        [zero] لا توجد كلمات زائدة
        [one] لديكم كلمة واحدة زائدة
        [two] لديكم كلمتان زائدتان
        [few] لديكم { $count } كلمات زائدة
        [many] لديكم { $count } كلمة زائدة
       *[other] لديكم { $count } كلمة زائدة
    }
city-words-remaining = { $count ->
        [zero] لم تتبقَّ لديكم أي كلمة
        [one] تتبقى لديكم كلمة واحدة
        [two] تتبقى لديكم كلمتان
        [few] تتبقى لديكم { $count } كلمات
        [many] تتبقى لديكم { $count } كلمة
       *[other] تتبقى لديكم { $count } كلمة
    }
city-pledge-label = استمارة الطلب موقَّعة ومختومة من رئيس البلدية
city-pledge-hint = ملف PDF لا يتجاوز حجمه 10 ميغابايت.
city-pledge-uploaded = تم التحميل:
city-pledge-replace = ({ $size }). لا تختاروا ملفاً إلا إذا أردتم استبداله.
city-pledge-how = يُرجى طباعة الطلب، وتوقيعه وختمه من رئيس البلدية، ثم مسحه ضوئياً.
city-print-for-signature = طباعة الطلب للتوقيع
city-supporting-label = إضافة وثائق داعمة
city-supporting-hint = ملفات PDF، لا يتجاوز حجم كل منها 10 ميغابايت. يمكنكم اختيار عدة ملفات دفعة واحدة.
city-save-and-check = حفظ ومراجعة الإجابات
city-save-and-continue = حفظ ومتابعة
city-save-later = حفظ والعودة لاحقاً
city-read-only-title = لم يعد من الممكن تغيير هذا الطلب

## مراجعة الإجابات والتقديم.
city-check-title = مراجعة الإجابات – { $city }
city-check-before-submit = قبل أن تتمكنوا من التقديم
city-check-missing-intro = الإجابات التالية ناقصة:
city-check-heading = يُرجى مراجعة إجاباتكم قبل التقديم
city-missing-pledge = يُرجى تحميل الالتزام الموقَّع والمختوم من رئيس البلدية بصيغة PDF
city-submit-heading = التقديم إلى اللجنة الوطنية
city-submit-button = تقديم الطلب إلى اللجنة الوطنية
city-check-confirm-email = لم يُؤكَّد عنوان بريدكم الإلكتروني بعد. افتحوا الرابط الذي أرسلناه إليكم، أو
city-check-confirm-email-end = ؛ وبعد ذلك يمكنكم التقديم.
city-check-complete-first = يُرجى استكمال الإجابات الناقصة أعلاه، ثم العودة إلى هنا للتقديم.
city-check-by-submitting = بالتقديم، ترسلون طلب { $city } إلى اللجنة الوطنية لليونسكو في { $country }. وتقرر اللجنة المدن التي تزكّيها في موعد أقصاه { $deadline }. ولا يمكنكم تغيير الطلب بعد ذلك، ما لم تُعِده إليكم اللجنة الوطنية.

## بعد التقديم.
city-submitted-title = تم تقديم الطلب
city-submitted-with = طلب { $city } الآن لدى اللجنة الوطنية لليونسكو في { $country }.
city-submitted-receipt = قُدِّم في { $when }. وقد أرسلنا إشعاراً بالاستلام إلى { $email }.
city-next-heading = الخطوات التالية
city-next-natcom = تقرر اللجنة الوطنية لليونسكو في { $country } المدن التي تزكّيها (ثلاث مدن على الأكثر)، وتقدّمها إلى معهد اليونسكو للتعلّم مدى الحياة في موعد أقصاه { $deadline }. وسنكتب إليكم عندما تتخذ قرارها.
city-next-return = ويجوز لها أيضاً أن تعيد إليكم الطلب مع رسالة، لكي تتمكنوا من تغييره وتقديمه مجدداً.
city-see-application-and-progress = عرض الطلب ومراحل سيره

## صفحة الطلب.
city-continue = متابعة الطلب
city-printable = نسخة للطباعة
city-withdraw-button = سحب الطلب
city-progress-heading = مراحل السير
city-event-by = { $who }: { $what }

## الطلب في نسخة للطباعة.
city-print-title = طلب { $city } (نسخة للطباعة)
city-print-stage = المرحلة: { $stage }. تاريخ الطباعة: { $when }.
city-print-part1 = الجزء 1: تملؤه المدينة
city-print-documents = الوثائق المرفقة
city-print-document = { $kind }: { $file }
city-print-no-documents = لا توجد
city-print-mayor-signature = توقيع رئيس البلدية وختمه:
city-print-date = التاريخ:
city-print-part2 = الجزء 2: تزكية اللجنة الوطنية لليونسكو في { $country }
city-print-officer-name = اسم الموظف الموقِّع
city-print-officer-title = المسمى الوظيفي للموظف الموقِّع
city-print-note = ملاحظة
city-print-natcom-signature = تزكّي اللجنة الوطنية هذا الطلب. التوقيع والختم:

## سحب الطلب.
city-withdraw-title = هل تريدون سحب طلب { $city }؟
city-withdraw-text = مرحلته الحالية: { $stage }. وإذا سحبتموه فلن يمضي قدماً: لن تنظر فيه اللجنة الوطنية ولا معهد اليونسكو للتعلّم مدى الحياة. ولا يمكن التراجع عن ذلك، وإن كان بإمكانكم بدء طلب جديد ما دامت الدعوة مفتوحة.
city-withdraw-keep = الإبقاء عليه
city-cannot-withdraw-title = لا يمكن سحب هذا الطلب

## سجل الطلب.
city-event-actor = { $name } ({ $role })
city-event-created = بدء الطلب
city-event-moved = نقله إلى مرحلة «{ $stage }»
city-event-uploaded = تحميل: { $document }
city-event-uploaded-file = تحميل: { $document } ({ $file })
city-event-removed-file = إزالة: { $document } ({ $file })
city-event-part2 = حفظ الجزء 2: الموظف الموقِّع وملاحظة اللجنة الوطنية
city-event-extended-city = تمديد الموعد النهائي للمدن إلى { $deadline }
city-event-extended-natcom = تمديد الموعد النهائي للجنة الوطنية إلى { $deadline }
city-event-note = كتابة ملاحظة
city-event-section-saved = حفظ القسم «{ $section }»
city-event-colleague-joined = انضمام { $name } إلى الطلب
city-event-colleague-removed = إزالة { $name } من الطلب

## حالة الرسالة.
city-mail-state-queued = في انتظار الإرسال
city-mail-state-sending = قيد الإرسال
city-mail-state-sent = أُرسلت
city-mail-state-failed = تعذّر الإرسال

city-words-remaining-live = الكلمات المتبقية: { $count }
city-words-too-many-live = الكلمات الزائدة عن الحد: { $count }

## الأشخاص الذين يعملون على الطلب.
city-team-link = الأشخاص الذين يعملون على هذا الطلب
city-team-title = الأشخاص الذين يعملون على هذا الطلب
city-team-lead = يمكن لكل شخص مدرج هنا ملء الاستمارة وإضافة الوثائق وتقديم الطلب، وتصله الرسائل المتعلقة به. ويبيّن سجل الطلب من قام بكل إجراء.
city-team-col-part = الصفة
city-team-col-actions = الإجراءات
city-team-owner = منشئ الطلب
city-team-colleague = زميل
city-team-remove = إزالة
# التاريخ هو اليوم الذي يتوقف فيه رابط الدعوة عن العمل.
city-team-invited-until = وُجّهت إليه دعوة؛ ويعمل الرابط حتى { $date }
city-team-invite-heading = دعوة زميل
city-team-invite-hint = سنرسل رابطاً إلى هذا العنوان. وللانضمام، يلزم تسجيل الدخول، أو إنشاء حساب، بهذا العنوان نفسه.
city-team-invite-submit = إرسال الدعوة
city-team-owner-manages = يتولى الشخص الذي بدأ الطلب دعوة الزملاء وإزالتهم.
city-team-invited = { $days ->
        [zero] أُرسلت الدعوة إلى { $email }. ويعمل الرابط لمدة { $days } يوم.
        [one] أُرسلت الدعوة إلى { $email }. ويعمل الرابط لمدة يوم واحد.
        [two] أُرسلت الدعوة إلى { $email }. ويعمل الرابط لمدة يومين.
        [few] أُرسلت الدعوة إلى { $email }. ويعمل الرابط لمدة { $days } أيام.
        [many] أُرسلت الدعوة إلى { $email }. ويعمل الرابط لمدة { $days } يوماً.
       *[other] أُرسلت الدعوة إلى { $email }. ويعمل الرابط لمدة { $days } يوم.
    }
city-team-removed = تمت إزالة الزميل: لم يعد بإمكانه فتح الطلب.
city-team-invitation-title = دعوة إلى العمل على طلب
city-team-invitation-lead = تلقّيتم دعوة من { $inviter } للعمل على طلب { $city } للانضمام إلى شبكة اليونسكو العالمية لمدن التعلّم.
city-team-invitation-sign-in = يُرجى تسجيل الدخول بالعنوان { $email }، أو إنشاء حساب بهذا العنوان، ثم فتح هذا الرابط مرة أخرى.
city-team-invitation-other-account = هذه الدعوة موجّهة إلى { $email }، وأنتم مسجّلون للدخول باسم { $current }. يُرجى تسجيل الخروج، ثم تسجيل الدخول بالعنوان { $email }.
city-team-invitation-join = الانضمام إلى طلب { $city }
city-team-invitation-expired = انتهت صلاحية هذه الدعوة، أو سبق استخدامها، أو حلّت محلها دعوة أحدث. يُرجى أن تطلبوا من الزميل الذي دعاكم إرسال دعوة جديدة.

## تقديم طلب جديد انطلاقاً من طلب سابق.

# زر في صف طلب سابق؛ ويليه اسم المدينة لقارئات الشاشة.
city-list-start-again = بدء طلب جديد انطلاقاً من هذا الطلب
city-list-start-again-hint = يمكن أن يكون الطلب الذي لم يُقبل أو الذي سُحب منطلقاً لطلب جديد في هذه الدعوة: تُنسخ جميع الإجابات، أما الوثائق والالتزام والموافقات فتُقدَّم من جديد في كل دعوة.

## تنبيهات: ما يبدو غير معتاد في الطلب. وهي لا تمنع شيئاً.

flags-city-heading = يُرجى التحقق من هذه الإجابات
flags-city-lead = تبدو هذه الإجابات غير معتادة. فإن كانت صحيحة، فاتركوها كما هي: لا شيء هنا يمنعكم من تقديم الطلب.
flags-review-heading = إجابات تستدعي التدقيق
flags-review-lead = رُصدت بمقارنة الطلب بدليل الأعضاء وبالنطاق المعتاد لكل رقم. وهي لا تمنع شيئاً؛ وقد عُرضت على المدينة قبل أن تقدّم طلبها.
flag-already-member = تتمتع { $city } بالفعل بعضوية شبكة اليونسكو العالمية لمدن التعلّم.
flag-already-member-since = تتمتع { $city } بالفعل بعضوية شبكة اليونسكو العالمية لمدن التعلّم منذ عام { $year }.
# الرقم كما يسمّيه التنبيه، مبتدأً في أول الجملة.
flag-figure-population = رقم عدد السكان
flag-figure-area = رقم المساحة
flag-figure-gdp_city = رقم نصيب الفرد من الناتج المحلي الإجمالي للمدينة
flag-figure-gdp_country = رقم نصيب الفرد من الناتج المحلي الإجمالي للبلد
flag-figure-schooling = رقم سنوات الدراسة
flag-old-figure = { $figure } يعود إلى عام { $year }، أي إلى ما قبل أكثر من خمس سنوات.
flag-future-figure = { $figure } مقدَّم لعام { $year }، وهو عام لم يحلّ بعد.
flag-schooling-over-women = يتجاوز متوسط سنوات الدراسة لدى النساء، وهو { $years } سنة، 20 سنة.
flag-schooling-over-men = يتجاوز متوسط سنوات الدراسة لدى الرجال، وهو { $years } سنة، 20 سنة.
flag-city-gdp-over-country = يبلغ نصيب الفرد من الناتج المحلي الإجمالي للمدينة { $times } ضعف نظيره في البلد: أي أكثر من 20 ضعفاً.
flag-area-over = تتجاوز المساحة المذكورة، وهي { $km2 } كم²، حدّ 20,000 كم².
city-new-already-member-lead = لا تحتاج المدن الأعضاء إلى تقديم طلب من جديد. وإذا كانت هذه مدينة أخرى تحمل الاسم نفسه، أو كنتم تعتزمون تقديم الطلب على أي حال، فيمكنكم البدء.
city-new-start-anyway = بدء الطلب على أي حال

## الوثائق المطلوب توقيعها، وما يربط النسخة الموقَّعة الممسوحة ضوئياً بها.

papers-heading = الوثائق المطلوب توقيعها
papers-pledge-link = الالتزام، ليوقّعه رئيس البلدية ويختمه (PDF)
papers-part2-link = الجزء 2، لتوقّعه اللجنة الوطنية (PDF)
papers-part2 = الجزء 2، موقَّعاً من اللجنة الوطنية
# بصمة مضمون الوثيقة: هي نفسها على الصفحة المطبوعة ما دام مضمونها لم يتغيّر.
papers-digest = البصمة { $digest }
papers-hint = تُطبع بصمة كل وثيقة في أسفلها. وما دام مضمونها لم يتغيّر، يعرض الطلب البصمة نفسها: قارنوا بينهما على النسخة الموقَّعة الممسوحة ضوئياً.
papers-pledge-outdated = حُمِّل الالتزام الموقَّع قبل تغيير ما يلي: { $fields }. ويلزم تحميل التزام موقَّع جديد قبل أن يتسنى تقديم الطلب.
papers-part2-outdated = حُمِّل الجزء 2 الموقَّع قبل تغيير ما يلي: { $fields }. ويلزم تحميل جزء 2 موقَّع جديد قبل أن يتسنى إرسال الطلب إلى معهد اليونسكو للتعلّم مدى الحياة.
pdf-pledge-title = التزام { $city } تجاه شبكة اليونسكو العالمية لمدن التعلّم
pdf-pledge-sign = موقَّع ومختوم من رئيس البلدية:
pdf-part2-title = تزكية اللجنة الوطنية لليونسكو في { $country }
pdf-part2-text = تزكّي اللجنة الوطنية طلب { $city } للانضمام إلى شبكة اليونسكو العالمية لمدن التعلّم.
pdf-date = التاريخ
pdf-signature-mayor = توقيع رئيس البلدية
pdf-signature-officer = توقيع الموظف الموقِّع
pdf-stamp = الختم
pdf-reference = المرجع: { $reference }
pdf-digest = البصمة: { $digest }
pdf-digest-hint = يعرض الطلب البصمة نفسها ما دام مضمون هذه الصفحة لم يتغيّر.
