# ما تعنيه قيم المجال: المراحل، والأدوار، والإجراءات، وأسباب الرفض، والمشكلات فيما
# كُتب. يستخدمها src/web/words.rs في كل صفحة وفي الرسائل الإلكترونية.

## مراحل الطلب. `.in-sentence` هي المرحلة داخل جملة «الطلب …».
stage-draft = مسودة
    .in-sentence = لا يزال مسودة
stage-submitted = مقدَّم إلى اللجنة الوطنية
    .in-sentence = مقدَّم إلى اللجنة الوطنية
stage-endorsed = زكّته اللجنة الوطنية
    .in-sentence = زكّته اللجنة الوطنية
stage-declined = رفضته اللجنة الوطنية
    .in-sentence = رفضته اللجنة الوطنية
stage-forwarded = مقدَّم إلى UIL
    .in-sentence = مقدَّم إلى UIL
stage-under_review = قيد المراجعة في UIL
    .in-sentence = قيد المراجعة في UIL
stage-accepted = مقبول
    .in-sentence = مقبول
stage-not_accepted = غير مقبول
    .in-sentence = غير مقبول
stage-withdrawn = مسحوب
    .in-sentence = مسحوب

## أدوار الحسابات.
role-applicant = مدينة مقدِّمة للطلب
role-natcom = اللجنة الوطنية
role-uil_reviewer = مراجع في UIL
role-uil_admin = منسّق في UIL

## ما يفعله الإجراء، في جملة «لا يتيح لكم حسابكم القيام بالإجراء التالي على الطلبات: …».
action-submit = التقديم
action-return = الإعادة إلى المدينة
action-endorse = التزكية
action-decline = الرفض
action-take-back = العدول عن القرار
action-forward = التقديم إلى UIL
action-start-review = بدء المراجعة
action-accept = القبول
action-not-accept = عدم القبول
action-withdraw = السحب

progress-not-started = لم يبدأ
progress-in-progress = قيد التنفيذ
progress-completed = مكتمل
progress-optional = اختياري

document-pledge = التعهد الموقَّع من رئيس البلدية
document-supporting = وثيقة داعمة
document-endorsement = تزكية اللجنة الوطنية الموقَّعة

time-left-days = { $days ->
    [zero] لم يتبقَّ أي يوم
    [one] يتبقى يوم واحد
    [two] يتبقى يومان
    [few] يتبقى { $days } أيام
    [many] يتبقى { $days } يومًا
   *[other] يتبقى { $days } يوم
}
time-left-last-day = اليوم الأخير
time-left-closed = مُغلق

## أسباب الرفض: لماذا لا يجوز القيام بأمر ما.
refusal-not-your-action = لا يتيح لكم حسابكم القيام بالإجراء التالي على الطلبات: { $action }.
refusal-not-from-stage = لا يمكن تعديل طلب في مرحلة «{ $stage }» بهذه الطريقة ({ $action }).
refusal-not-yet-open = لم تُفتح الدعوة بعد: ستُفتح في { $opens }.
refusal-city-deadline-passed = أُغلقت الدعوة أمام المدن في { $closed }. ولا يملك تمديد الموعد النهائي لأي طلب إلا UIL: يُرجى مراسلة فريق UIL إذا احتجتم إلى مزيد من الوقت.
refusal-natcom-deadline-passed = انقضى الموعد النهائي المحدد للجان الوطنية في { $closed }.
refusal-quota-reached = استنفدت دولتكم العضو جميع التزكيات المتاحة لها في هذه الدعوة ({ $quota }). ولتزكية هذه المدينة، يُرجى أولًا العدول عن إحدى التزكيات التي منحتموها.
refusal-not-editable = الطلب { $stage }. لا يمكن للمدينة تعديل طلبها إلا ما دام مسودة: قبل تقديمه، أو بعد أن تعيده إليها اللجنة الوطنية.
refusal-email-not-confirmed = يُرجى تأكيد عنوان بريدكم الإلكتروني قبل التقديم: افتحوا الرابط الذي أرسلناه إليكم، أو اطلبوا رابطًا جديدًا من صفحة حسابكم.
refusal-incomplete = { $count ->
    [zero] لا ينقص أي عنصر (إجابة أو وثيقة).
    [one] لا يزال ينقص عنصر واحد (إجابة أو وثيقة): انظروا أدناه.
    [two] لا يزال ينقص عنصران (إجابات أو وثائق): انظروا أدناه.
    [few] لا يزال ينقص { $count } عناصر (إجابات أو وثائق): انظروا أدناه.
    [many] لا يزال ينقص { $count } عنصرًا (إجابات أو وثائق): انظروا أدناه.
   *[other] لا يزال ينقص { $count } عنصر (إجابات أو وثائق): انظروا أدناه.
}
refusal-too-many-documents = الحد الأقصى لعدد الوثائق الداعمة في الطلب هو { $max }. يُرجى حذف إحداها أولًا.
refusal-part2-both-missing = لم يُحدَّد المسؤول الموقِّع، ولم تُرفع التزكية الموقَّعة.
refusal-part2-officer-missing = لم يُذكر اسم المسؤول الموقِّع ومنصبه.
refusal-part2-signed-missing = لم تُرفع التزكية الموقَّعة.
refusal-no-open-call = لا توجد حاليًا دعوة مفتوحة لتقديم الطلبات.
refusal-city-already-applying = لدى هذه المدينة طلب بالفعل في هذه الدعوة.
refusal-nothing-chosen = يُرجى اختيار طلب واحد على الأقل لتزكيته وإرساله.
refusal-not-to-start-again-from = لا يمكن بدء طلب جديد إلا انطلاقاً من طلب قُدّم في دعوة سابقة ولم يُقبل أو سُحب؛ وهذا الطلب { $stage }.
refusal-review-not-started = يُرجى بدء المراجعة قبل تقييم الطلب.
refusal-assessments-closed = الطلب { $stage }: أُغلق باب التقييم.

## حقل مطلوب تُرك فارغًا.
missing-email = يُرجى إدخال عنوان بريدكم الإلكتروني وكلمة المرور
missing-name = يُرجى إدخال اسمكم الكامل
missing-officer_name = يُرجى إدخال اسم المسؤول الذي يوقّع التزكية
missing-officer_title = يُرجى إدخال منصب المسؤول الذي يوقّع التزكية
missing-reason = يُرجى إدخال سبب الرفض: ستطّلع عليه المدينة
missing-message = يُرجى كتابة رسالة إلى المدينة
missing-decision = يُرجى تحديد ما إذا كانت المدينة مقبولة
missing-title = يُرجى إدخال عنوان لا يتجاوز 300 حرف
missing-role = يُرجى اختيار الدور الذي سيؤديه الشخص
missing-kind = يُرجى اختيار ما يُراد تمديده
missing-country = يُرجى اختيار دولة عضو من القائمة
missing-value = يُرجى إدخال قيمة

## كيف يُسمّى الحقل في رسالة تخصّه («{ $label }: …»).
label-officer_name = الاسم
label-officer_title = المنصب
label-note = الملاحظة
label-reason = السبب
label-message = الرسالة
label-comment = التعليق
label-body = نص الدعوة
label-title = العنوان
label-field = هذا الحقل

## مشكلات فيما كُتب.
problem-too-long = { $label }: يجب ألا يتجاوز عدد الأحرف { $max }
problem-control-characters = { $label }: لا يُسمح بأحرف التحكّم
problem-too-many-words = { $label }: يُرجى ألا يتجاوز عدد الكلمات { $max }؛ عدد الكلمات في النص الحالي { $words }
problem-not-an-email = يُرجى إدخال عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.org
problem-not-a-phone-number = يُرجى إدخال رقم هاتف مع رمز البلد، مثل +49 40 123456
problem-not-a-web-address = يُرجى إدخال عنوان موقع إلكتروني، مثل https://www.city.gov
problem-not-a-language = يُرجى اختيار الإنكليزية أو الفرنسية
problem-not-a-country = يُرجى اختيار بلد من القائمة
problem-not-an-application-number = يُرجى إدخال رقم الطلب
problem-not-a-whole-number = يجب أن يكون عدد السكان عددًا صحيحًا، مثل 250000
problem-population-out-of-range = يجب أن يكون عدد السكان عددًا بين { $min } و{ $max }
problem-not-an-area = يُرجى إدخال المساحة بالكيلومتر المربع (كم²) في صورة عدد أكبر من 0، مثل 891.8
problem-not-an-amount = يُرجى إدخال مبلغ بدولارات الولايات المتحدة، مثل 45000
problem-not-schooling-years = يُرجى إدخال عدد من السنوات من 0 إلى 25، مثل 11.5
problem-rank-out-of-range = اكتبوا كل مرتبة في ترتيبكم عددًا صحيحًا من 1 إلى 999، أو اتركوها فارغة
problem-not-a-year = يُرجى إدخال سنة الرقم بأربعة أرقام، مثل 2022
problem-not-a-score = يُرجى إعطاء هذا المعيار درجة من 1 إلى 5
problem-not-a-priority = يُرجى اختيار مستوى من 1 إلى 5


## مشكلات في بيانات الحساب.
problem-account-email-missing = يُرجى إدخال عنوان بريد إلكتروني
problem-account-email-too-long = يجب ألا يتجاوز عنوان البريد الإلكتروني 254 حرفًا
problem-account-name-too-long = يجب ألا يتجاوز الاسم 200 حرف
problem-account-name-control-characters = يجب ألا يحتوي الاسم على أحرف تحكّم
problem-account-password-missing = يُرجى إدخال كلمة مرور
problem-account-password-too-short = يجب ألا تقل كلمة المرور عن 10 أحرف
problem-account-password-too-long = يجب ألا تتجاوز كلمة المرور 200 حرف
problem-account-password-too-easy = من السهل جدًا تخمين كلمة المرور هذه: يُرجى اختيار كلمة مرور أخرى، مثل ثلاث كلمات لا رابط بينها

## مشكلات في الملف.
upload-too-large = يجب ألا يتجاوز حجم الملف المحدد 10 ميغابايت
upload-not-a-pdf = يجب أن يكون الملف المحدد بصيغة PDF
upload-no-page = الملف المحدد ملف PDF لا يحتوي على أي صفحة: يُرجى مسح الصفحة الموقَّعة ضوئيًا مرة أخرى
upload-needs-password = يتطلب فتح ملف PDF المحدد كلمة مرور: يُرجى حفظه مرة أخرى دون كلمة مرور للفتح، ثم رفعه
upload-active-content = يحتوي ملف PDF المحدد على نص برمجي أو إجراء يشغّل برنامجًا: يُرجى حفظه مرة أخرى بصيغة PDF عادية (مثلًا بطباعته إلى ملف PDF)، ثم رفعه

## عوامل تصفية القوائم، في جملة «{ $filter }: يُرجى اختيار أحد الخيارات في القائمة».
filter-call = الدعوة
filter-region = المنطقة
filter-country = البلد
filter-stage = المرحلة
filter-reviewed = مُقيَّم
filter-sort = الترتيب
filter-state = الحالة
filter-other = عامل التصفية

## مشكلات أخرى.
issue-file-problem = { $file }: { $problem }
issue-no-file = يُرجى اختيار ملف PDF لرفعه
issue-not-a-choice = { $filter }: يُرجى اختيار أحد الخيارات في القائمة
issue-form-too-large = { $file }: كانت الاستمارة أكبر من أن تُقرأ حتى نهايتها. لا يجوز أن يتجاوز حجم كل ملف 10 ميغابايت، ولا حجم الاستمارة بجميع ملفاتها 64 ميغابايت: يُرجى إرسال عدد أقل من الملفات في كل مرة، أو ملفات أصغر حجمًا.
issue-choose-city-country = يُرجى اختيار بلد المدينة
issue-choose-natcom-country = يُرجى اختيار الدولة العضو التي تتبعها اللجنة الوطنية
issue-city-taken = لدى { $city } طلب بالفعل في هذه الدعوة. يُرجى أن تطلبوا من الزميل الذي بدأه مشاركة العمل معكم، أو الاتصال بـ UIL.
issue-no-such-application = لا يوجد طلب رقم { $id }
issue-not-a-draft = الطلب رقم { $id } { $stage }: المسودة وحدها تنتظر الموعد النهائي المحدد للمدن
issue-deadline-not-later = يجب أن يكون الموعد النهائي الجديد بعد الموعد النهائي الحالي ({ $current })
issue-natcom-before-city = يجب أن يكون الموعد النهائي للجان الوطنية في يوم الموعد النهائي للمدن أو بعده
issue-city-before-opening = يجب أن يكون الموعد النهائي للمدن في يوم فتح الدعوة أو بعده
issue-not-a-date = يُرجى إدخال تاريخ مثل 2025-05-31
issue-quota-out-of-range = يُرجى إدخال عدد للتزكيات من { $min } إلى { $max }
issue-page-out-of-range = الصفحات مرقّمة من { $min } إلى { $max }
issue-out-of-range = يُرجى إدخال عدد من { $min } إلى { $max }
issue-unknown-zone = يُرجى إدخال «AoE» أو اسم منطقة زمنية، مثل «Europe/Paris»
issue-title-taken = توجد بالفعل دعوة أخرى تحمل هذا العنوان
issue-email-taken = يوجد بالفعل حساب يستخدم عنوان البريد الإلكتروني هذا
issue-wrong-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين
issue-too-many-attempts = محاولات كثيرة جدًا لتسجيل الدخول. حفاظًا على أمنكم، يُرجى المحاولة مرة أخرى بعد { $until } UTC ({ $minutes ->
    [zero] خلال أقل من دقيقة
    [one] خلال دقيقة واحدة
    [two] خلال دقيقتين
    [few] خلال { $minutes } دقائق
    [many] خلال { $minutes } دقيقة
   *[other] خلال { $minutes } دقيقة
})، أو إعادة تعيين كلمة المرور.

missing-call-text = أدخل نص الدعوة بهذه اللغة، أو اترك عنوانها فارغًا أيضًا

## A member list imported by UIL (CSV): why it cannot be read, why a line is left out.
members-list-not-csv = الملف ليس ملفًا بصيغة CSV
members-list-no-city-column = يجب أن يسمّي السطر الأول عمودًا باسم «city»
members-list-no-country-column = يجب أن يسمّي السطر الأول عمودًا باسم «country»
members-line-unreadable = تتعذّر قراءة السطر
members-line-city-missing = اسم المدينة مفقود أو يتجاوز { $max } حرفًا
members-line-city-not-text = يحتوي اسم المدينة على حرف ليس نصًا
members-line-not-a-member-state = «{ $code }» ليس رمز ISO لدولة عضو في اليونسكو
members-line-year-out-of-range = السنة «{ $year }» ليست بين { $first } و{ $last }
members-line-listed-twice = { $city } ({ $country }) مدرجة مرتين
issue-code-wrong = هذا الرمز غير صحيح. يُرجى كتابة الأرقام الستة التي يعرضها تطبيقكم الآن، أو أحد رموز الاسترداد.
issue-code-replayed = سبق استخدام هذا الرمز. يُرجى الانتظار حتى يعرض تطبيقكم الرمز التالي.
issue-already-colleague = هذا الشخص يعمل بالفعل على الطلب.
