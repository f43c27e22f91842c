# الصفحات العامة: الدعوة ودليل الأعضاء.

## مناطق اليونسكو، كما يجمّع الدليل الدول الأعضاء.

region-africa = أفريقيا
region-arab-states = الدول العربية
region-asia-pacific = آسيا والمحيط الهادئ
region-europe-north-america = أوروبا وأمريكا الشمالية
region-latin-america-caribbean = أمريكا اللاتينية والبحر الكاريبي

## صفحة الدعوة

public-no-call-title = لا توجد دعوة منشورة
public-no-call-heading = لم تُنشر أي دعوة بعد
public-no-call-text = سيُعلَن هنا عن الدعوة المقبلة لتقديم طلبات العضوية.

public-phase-not-open = لم يُفتح باب التقديم بعد
public-phase-not-open-detail = يُفتح باب تقديم الطلبات في { $opens }. ويمكنكم من الآن التسجيل وإعداد طلبكم.
public-phase-open-cities = باب التقديم مفتوح أمام المدن: { $left }
public-phase-open-cities-detail = يُرجى تقديم طلبكم إلى اللجنة الوطنية في موعد أقصاه { $deadline }.
public-phase-open-natcoms = أُغلق باب التقديم أمام المدن، وما زال مفتوحاً أمام اللجان الوطنية
public-phase-open-natcoms-detail = كان بإمكان المدن تقديم طلباتها حتى { $city }. وتتولى اللجان الوطنية تزكية الطلبات وتقديمها إلى معهد اليونسكو للتعلّم مدى الحياة حتى { $natcom } ({ $left }).
public-phase-closed = أُغلق باب التقديم في هذه الدعوة
public-phase-closed-detail = قدّمت المدن طلباتها حتى { $city }، وقدّمت اللجان الوطنية الطلبات حتى { $natcom }.

public-register-to-apply = التسجيل لتقديم طلب
public-already-registered = هل لديكم حساب بالفعل؟
public-sign-in-to-continue = سجّلوا الدخول لمواصلة إعداد طلبكم
public-sign-in-to-see = سجّلوا الدخول للاطلاع على طلباتكم

public-dates-heading = المواعيد الرئيسية
public-dates-opens = فتح باب تقديم الطلبات
public-dates-city = آخر موعد لتقديم المدن طلباتها إلى لجانها الوطنية
public-dates-natcom = آخر موعد لتقديم اللجان الوطنية الطلبات إلى معهد اليونسكو للتعلّم مدى الحياة
public-zone-aoe = يمثّل كل تاريخ يوماً كاملاً بتوقيت «Anywhere on Earth» ‏(AoE، UTC−12)، أي أن الموعد النهائي يظل سارياً ما دام ذلك اليوم لم ينقضِ بعد في مكان ما على الأرض.
public-zone-named = يمثّل كل تاريخ يوماً كاملاً وفق المنطقة الزمنية { $zone }.

public-steps-heading = كيفية تقديم الطلب
public-step-city-who = المدينة
public-step-city = تسجّل في الخدمة، وتملأ استمارة الطلب، وتحمّل التعهد الموقّع والمختوم من رئيس البلدية، ثم تقدّم الطلب إلى اللجنة الوطنية لليونسكو في بلدها في موعد أقصاه { $date }.
public-step-natcom-who = اللجنة الوطنية
public-step-natcom = تزكّي ما لا يزيد على { $quota ->
        [zero] { $quota } مدينة
        [one] مدينة واحدة
        [two] مدينتين
        [few] { $quota } مدن
        [many] { $quota } مدينة
       *[other] { $quota } مدينة
    } من بلدها، وتقدّم طلباتها إلى معهد اليونسكو للتعلّم مدى الحياة في موعد أقصاه { $date }.
public-step-uil-who = معهد اليونسكو للتعلّم مدى الحياة
public-step-uil = يستعرض الطلبات التي حظيت بالتزكية، ويقرّر المدن التي تنضم إلى الشبكة.

public-call-text-heading = نص الدعوة

## دليل الأعضاء

public-members-title = المدن الأعضاء
public-members-lead = المدن التي انضمت إلى شبكة اليونسكو العالمية لمدن التعلّم.
public-members-partial-title = هذه القائمة غير مكتملة.
public-members-partial = { $total ->
        [zero] لا تضم هذه القائمة أي مدينة عضو وردت في إعلانات عامة، بل تضم فقط المدن التي قُبلت عبر هذه الخدمة. ويحتفظ معهد اليونسكو للتعلّم مدى الحياة بالقائمة الرسمية.
        [one] تضم هذه القائمة مدينة عضواً واحدة وردت في إعلانات عامة، مع سنة انضمامها حيثما كانت معروفة، إضافة إلى المدن التي قُبلت عبر هذه الخدمة. ويحتفظ معهد اليونسكو للتعلّم مدى الحياة بالقائمة الرسمية.
        [two] تضم هذه القائمة مدينتين عضوين وردتا في إعلانات عامة، مع سنة انضمامهما حيثما كانت معروفة، إضافة إلى المدن التي قُبلت عبر هذه الخدمة. ويحتفظ معهد اليونسكو للتعلّم مدى الحياة بالقائمة الرسمية.
        [few] تضم هذه القائمة { $total } مدن أعضاء وردت في إعلانات عامة، مع سنة انضمامها حيثما كانت معروفة، إضافة إلى المدن التي قُبلت عبر هذه الخدمة. ويحتفظ معهد اليونسكو للتعلّم مدى الحياة بالقائمة الرسمية.
        [many] تضم هذه القائمة { $total } مدينة عضواً وردت في إعلانات عامة، مع سنة انضمامها حيثما كانت معروفة، إضافة إلى المدن التي قُبلت عبر هذه الخدمة. ويحتفظ معهد اليونسكو للتعلّم مدى الحياة بالقائمة الرسمية.
       *[other] تضم هذه القائمة { $total } مدينة عضو وردت في إعلانات عامة، مع سنة انضمامها حيثما كانت معروفة، إضافة إلى المدن التي قُبلت عبر هذه الخدمة. ويحتفظ معهد اليونسكو للتعلّم مدى الحياة بالقائمة الرسمية.
    }
public-members-region = المنطقة
public-members-all-regions = جميع المناطق
public-members-country = البلد
public-members-all-countries = جميع البلدان
public-members-country-option = { $country } ({ $count })
public-members-show = عرض الأعضاء
public-members-clear = مسح عوامل التصفية
public-members-by-region = الأعضاء حسب المنطقة
public-members-counts-caption = عدد المدن الأعضاء في كل منطقة
public-members-col-members = الأعضاء
public-members-matching = { $count ->
        [zero] لا يوجد أي عضو مطابق
        [one] عضو واحد مطابق
        [two] عضوان مطابقان
        [few] { $count } أعضاء مطابقين
        [many] { $count } عضواً مطابقاً
       *[other] { $count } عضو مطابق
    }
public-members-all = { $count ->
        [zero] لا يوجد أي عضو
        [one] عضو واحد
        [two] عضوان
        [few] جميع الأعضاء، وعددهم { $count }
        [many] جميع الأعضاء، وعددهم { $count }
       *[other] جميع الأعضاء، وعددهم { $count }
    }
public-members-none = لا توجد مدينة عضو تطابق عوامل التصفية هذه.
public-members-show-all = عرض جميع الأعضاء
public-members-col-city = المدينة
public-members-col-joined = سنة الانضمام
public-members-unknown-year = غير معروفة

public-call-text-in-english = نص هذه الدعوة غير متاح باللغة العربية بعد، ويُعرض باللغة الإنكليزية.
