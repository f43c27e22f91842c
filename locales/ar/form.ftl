# استمارة الطلب، الجزء 1 (استمارة الطلب الرسمية لشبكة اليونسكو العالمية لمدن التعلّم).

## الأقسام، بترتيب الاستمارة.
section-city = المدينة
section-mayor = رئيس البلدية
section-contact = مسؤول الاتصال
section-profile = لمحة عن المدينة
section-motivation = الدوافع والسياق الاجتماعي
section-implementation = مفهوم مدينة التعلّم في المدينة
section-priorities = الأولويات بين سمات مدينة التعلّم
section-priorities-intro = ما مدى أهمية كل سمة من السمات الست لمدينة التعلّم بالنسبة إلى مدينتكم، من 1 (الأقل أهمية) إلى 5 (الأكثر أهمية)؟ هذا القسم اختياري.
section-commitment = الالتزام الموقَّع من رئيس البلدية
section-commitment-intro = يُرجى طباعة الطلب، وتوقيعه وختمه من رئيس البلدية، ثم تحميل النسخة الممسوحة ضوئياً.
section-documents = الوثائق الداعمة

## المدينة.
field-city_name = اسم المدينة
field-city_name-missing = يُرجى إدخال اسم المدينة
field-country = البلد
field-country-missing = يُرجى اختيار بلد المدينة
field-website = الموقع الشبكي الرسمي للمدينة (اختياري)
field-website-hint = مثلاً: ⁦https://www.city.gov⁩
field-language = لغة التواصل مع اليونسكو
field-language-missing = يُرجى اختيار الإنكليزية أو الفرنسية لغةً للتواصل

## رئيس البلدية.
field-mayor_salutation = اللقب (اختياري)
field-mayor_salutation-hint = مثلاً: السيد، السيدة، الدكتور، سعادة
field-mayor_name = الاسم الكامل لرئيس البلدية
field-mayor_name-missing = يُرجى إدخال الاسم الكامل لرئيس البلدية
field-mayor_title = المسمى الرسمي الدقيق لرئيس البلدية
field-mayor_title-hint = كما ينبغي أن يرد في المراسلات، مثلاً: أمين مدينة عمّان
field-mayor_title-missing = يُرجى إدخال المسمى الرسمي الدقيق لرئيس البلدية

## مسؤول الاتصال.
field-contact_salutation = اللقب (اختياري)
field-contact_name = الاسم الكامل لمسؤول الاتصال
field-contact_name-missing = يُرجى إدخال الاسم الكامل لمسؤول الاتصال
field-contact_title = اللقب الوظيفي أو المنصب
field-contact_title-missing = يُرجى إدخال اللقب الوظيفي أو منصب مسؤول الاتصال
field-contact_organisation = المؤسسة (اختياري)
field-contact_organisation-hint = إذا كانت غير البلدية
field-contact_address = العنوان البريدي
field-contact_address-missing = يُرجى إدخال العنوان البريدي لمسؤول الاتصال
field-contact_postcode = الرمز البريدي (اختياري)
field-contact_phone = رقم الهاتف
field-contact_phone-hint = مع رمز البلد، مثلاً: ⁦+49 40 123456⁩
field-contact_phone-missing = يُرجى إدخال رقم هاتف مسؤول الاتصال
field-contact_email = عنوان البريد الإلكتروني
field-contact_email-hint = تراسل اليونسكو هذا العنوان بشأن الطلب
field-contact_email-missing = يُرجى إدخال عنوان البريد الإلكتروني لمسؤول الاتصال

## لمحة عن المدينة.
question-population = عدد السكان
question-population-hint = عدد الأشخاص المقيمين في المدينة، والسنة التي يعود إليها هذا الرقم.
field-population = عدد السكان
field-population-missing = يُرجى إدخال عدد سكان المدينة
field-population_year = سنة الرقم
field-population_year-missing = يُرجى إدخال سنة رقم عدد السكان
question-area = المساحة
question-area-hint = بالكيلومتر المربع، مثلاً: 891.8.
field-area_km2 = المساحة بالكيلومتر المربع
field-area_km2-missing = يُرجى إدخال مساحة المدينة بالكيلومتر المربع
field-area_year = سنة الرقم
field-area_year-missing = يُرجى إدخال سنة رقم المساحة
question-gdp_city = نصيب الفرد من الناتج المحلي الإجمالي للمدينة (اختياري)
question-gdp_city-hint = بدولارات الولايات المتحدة.
field-gdp_city_usd = نصيب الفرد من الناتج المحلي الإجمالي للمدينة، بدولارات الولايات المتحدة
field-gdp_city_year = سنة الرقم
field-gdp_city_year-missing = يُرجى إدخال سنة رقم الناتج المحلي الإجمالي للمدينة
question-gdp_country = نصيب الفرد من الناتج المحلي الإجمالي للبلد (اختياري)
question-gdp_country-hint = بدولارات الولايات المتحدة.
field-gdp_country_usd = نصيب الفرد من الناتج المحلي الإجمالي للبلد، بدولارات الولايات المتحدة
field-gdp_country_year = سنة الرقم
field-gdp_country_year-missing = يُرجى إدخال سنة رقم الناتج المحلي الإجمالي للبلد
question-schooling = متوسط سنوات الدراسة (اختياري)
question-schooling-hint = للبالغين في المدينة، مثلاً: 11.5.
field-schooling_women_years = النساء، بالسنوات
field-schooling_men_years = الرجال، بالسنوات
field-schooling_year = سنة الأرقام
field-schooling_year-missing = يُرجى إدخال سنة أرقام سنوات الدراسة

## النصّان، ولا يتجاوز كل منهما 200 كلمة.
field-motivation = الدوافع والسياق الاجتماعي
field-motivation-hint = لماذا ترغب المدينة في الانضمام إلى الشبكة، وما سياقها الاجتماعي؟ 200 كلمة على الأكثر.
field-motivation-missing = يُرجى إدخال دوافع المدينة وسياقها الاجتماعي
field-implementation = تطبيق مفهوم مدينة التعلّم
field-implementation-hint = كيف تطبّق المدينة مفهوم مدينة التعلّم، أو كيف تعتزم تطبيقه؟ 200 كلمة على الأكثر، ويمكن إدراج روابط.
field-implementation-missing = يُرجى بيان كيفية تطبيق المدينة لمفهوم مدينة التعلّم

## السمات الست لمدينة التعلّم (إعلان بيجين بشأن بناء مدن التعلّم).
field-priority_inclusive = تعزيز التعلّم الشامل للجميع من التعليم الأساسي إلى التعليم العالي
field-priority_families = إحياء التعلّم في الأسر والمجتمعات المحلية
field-priority_workplace = تيسير التعلّم من أجل العمل وفي أماكن العمل
field-priority_technologies = توسيع نطاق استخدام تكنولوجيات التعلّم الحديثة
field-priority_quality = تعزيز الجودة والتميّز في التعلّم
field-priority_culture = ترسيخ ثقافة التعلّم مدى الحياة
choice-priority-1 = { $rating } (الأقل أهمية)
choice-priority-5 = { $rating } (الأكثر أهمية)

## الالتزام.
field-commitment = تلتزم المدينة بإعلان بيجين بشأن بناء مدن التعلّم وبالسمات الرئيسية لمدن التعلّم
field-commitment-missing = يُرجى تأكيد التزام المدينة

## لغتا التواصل اللتان تتيحهما الاستمارة الرسمية.
choice-language-en = الإنكليزية
choice-language-fr = الفرنسية

## مشتركة بين صفحات الاستمارة.
form-choose-member-state = يُرجى اختيار دولة عضو في اليونسكو
form-answer-yes = نعم
form-answer-not-given = لم يُقدَّم
form-answer-missing = ناقص
