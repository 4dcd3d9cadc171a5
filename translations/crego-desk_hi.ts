<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AadhaarValidator</name>
    <message>
        <source>Enter the Aadhaar number</source>
        <translation>आधार संख्या दर्ज करें</translation>
    </message>
    <message>
        <source>An Aadhaar number has only digits</source>
        <translation>आधार संख्या में केवल अंक होते हैं</translation>
    </message>
    <message>
        <source>An Aadhaar number has 12 digits; this has %1</source>
        <translation>आधार संख्या में 12 अंक होते हैं; इसमें %1 हैं</translation>
    </message>
    <message>
        <source>An Aadhaar number cannot start with 0 or 1</source>
        <translation>आधार संख्या 0 या 1 से शुरू नहीं हो सकती</translation>
    </message>
    <message>
        <source>This Aadhaar number fails its check digit; look for a mistyped digit</source>
        <translation>यह आधार संख्या अपने जाँच अंक पर खरी नहीं उतरती; कोई गलत टाइप हुआ अंक देखें</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Crego Desk</source>
        <translation>क्रेगो डेस्क के बारे में</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Crego Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;क्रेगो डेस्क&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop client for the Crego lending API: leads, applicants, bank accounts, documents, credit lines and Excel reports.</source>
        <translation>क्रेगो लेंडिंग API के लिए डेस्कटॉप क्लाइंट: लीड, आवेदक, बैंक खाते, दस्तावेज़, क्रेडिट लाइन और Excel रिपोर्ट।</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>A&amp;pplicant:</source>
        <translation>आवेदक (&amp;P):</translation>
    </message>
    <message>
        <source>Address &amp;type:</source>
        <translation>पते का प्रकार (&amp;T):</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>पता पंक्ति 1 (&amp;1):</translation>
    </message>
    <message>
        <source>House or building, street</source>
        <translation>मकान या भवन, गली</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>पता पंक्ति 2 (&amp;2):</translation>
    </message>
    <message>
        <source>Area, locality (optional)</source>
        <translation>क्षेत्र, मोहल्ला (वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Landmark:</source>
        <translation>लैंडमार्क (&amp;L):</translation>
    </message>
    <message>
        <source>Optional, e.g. near the bus stand</source>
        <translation>वैकल्पिक, जैसे बस स्टैंड के पास</translation>
    </message>
    <message>
        <source>Pi&amp;ncode:</source>
        <translation>पिनकोड (&amp;N):</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 अंक</translation>
    </message>
    <message>
        <source>Get City &amp;&amp; &amp;State</source>
        <translation>शहर और राज्य लाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Post &amp;office:</source>
        <translation>डाकघर (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>शहर (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>ज़िला (&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>राज्य (&amp;T):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>देश (&amp;Y):</translation>
    </message>
</context>
<context>
    <name>AddressRoutes</name>
    <message>
        <source>Pincode %1 is not in the sandbox&apos;s table.</source>
        <translation>पिनकोड %1 सैंडबॉक्स की तालिका में नहीं है।</translation>
    </message>
</context>
<context>
    <name>AddressRules</name>
    <message>
        <source>Current</source>
        <translation>वर्तमान</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>स्थायी</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation>पंजीकृत कार्यालय</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters</source>
        <translation>%1 से %2 अक्षर लिखें</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and , . / # &amp; ( ) &apos; - only</source>
        <translation>केवल अक्षर, अंक, रिक्त स्थान और , . / # &amp; ( ) &apos; - लिखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address type; use one of %2</source>
        <translation>&quot;%1&quot; पते का प्रकार नहीं है; इनमें से एक चुनें: %2</translation>
    </message>
    <message>
        <source>Enter the house or building and street</source>
        <translation>मकान या भवन और गली दर्ज करें</translation>
    </message>
    <message>
        <source>Enter the city or town</source>
        <translation>शहर या कस्बा दर्ज करें</translation>
    </message>
    <message>
        <source>Choose the state or union territory</source>
        <translation>राज्य या केंद्र शासित प्रदेश चुनें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of India&apos;s states or union territories</source>
        <translation>&quot;%1&quot; भारत का कोई राज्य या केंद्र शासित प्रदेश नहीं है</translation>
    </message>
    <message>
        <source>Only addresses in India can be kept</source>
        <translation>केवल भारत के पते रखे जा सकते हैं</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server. Check the network connection and the server address.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सका। नेटवर्क कनेक्शन और सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again.</source>
        <translation>सर्वर ने उत्तर देने में बहुत देर लगाई। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so the connection was not used.</source>
        <translation>सर्वर के सुरक्षा प्रमाणपत्र की पुष्टि नहीं हो सकी, इसलिए कनेक्शन का उपयोग नहीं किया गया।</translation>
    </message>
    <message>
        <source>Your sign-in is missing or has expired. Enter a new token.</source>
        <translation>आपका साइन-इन नहीं है या उसकी अवधि समाप्त हो गई है। नया टोकन दर्ज करें।</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>आपके खाते को यह करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>It no longer exists on the server; it may have been deleted.</source>
        <translation>यह अब सर्वर पर मौजूद नहीं है; शायद इसे हटा दिया गया है।</translation>
    </message>
    <message>
        <source>This conflicts with what is already on the server.</source>
        <translation>यह सर्वर पर पहले से मौजूद जानकारी से टकराता है।</translation>
    </message>
    <message>
        <source>The server did not accept some of the values (HTTP %1).</source>
        <translation>सर्वर ने कुछ मान स्वीकार नहीं किए (HTTP %1)।</translation>
    </message>
    <message>
        <source>The server is busy with too many requests. Try again in a moment.</source>
        <translation>सर्वर पर बहुत अधिक अनुरोध हैं। थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>सर्वर में कोई समस्या हुई (HTTP %1)। बाद में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>सर्वर का उत्तर पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>रद्द किया गया।</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>अनुरोध नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Please correct: %1</source>
        <translation>कृपया सुधारें: %1</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Entity &amp;type:</source>
        <translation>इकाई का प्रकार (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>As on the PAN card</source>
        <translation>जैसा PAN कार्ड पर है</translation>
    </message>
    <message>
        <source>&amp;Relation with primary applicant:</source>
        <translation>मुख्य आवेदक से संबंध (&amp;R):</translation>
    </message>
    <message>
        <source>e.g. Spouse, Partner, Director</source>
        <translation>जैसे पति/पत्नी, साझेदार, निदेशक</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>मोबाइल (&amp;M):</translation>
    </message>
    <message>
        <source>10 digits, e.g. 98765 43210</source>
        <translation>10 अंक, जैसे 98765 43210</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>ईमेल (&amp;M):</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;PAN:</source>
        <translation>PAN (&amp;P):</translation>
    </message>
    <message>
        <source>e.g. ABCPE1234F</source>
        <translation>जैसे ABCPE1234F</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>जन्म तिथि (&amp;B):</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>लिंग (&amp;G):</translation>
    </message>
    <message>
        <source>GST&amp;IN:</source>
        <translation>GSTIN (&amp;I):</translation>
    </message>
    <message>
        <source>Businesses only, e.g. 27ABCPE1234F1Z5</source>
        <translation>केवल व्यवसायों के लिए, जैसे 27ABCPE1234F1Z5</translation>
    </message>
    <message>
        <source>&amp;Aadhaar:</source>
        <translation>आधार (&amp;A):</translation>
    </message>
    <message>
        <source>Last four digits (a full number is reduced to them)</source>
        <translation>अंतिम चार अंक (पूरी संख्या उन्हीं तक छोटी कर दी जाती है)</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>टैग (&amp;G):</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Authorised Signatory, Shareholder</source>
        <translation>अल्पविराम से अलग, जैसे अधिकृत हस्ताक्षरकर्ता, शेयरधारक</translation>
    </message>
</context>
<context>
    <name>ApplicantRoutes</name>
    <message>
        <source>The primary applicant cannot be deleted; mark another applicant as primary first.</source>
        <translation>मुख्य आवेदक को हटाया नहीं जा सकता; पहले किसी दूसरे आवेदक को मुख्य बनाएँ।</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <source>The primary applicant could not be changed; nothing was changed.</source>
        <translation>मुख्य आवेदक बदला नहीं जा सका; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>ApplicantRules</name>
    <message>
        <source>Individual</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Sole proprietorship</source>
        <translation>एकल स्वामित्व</translation>
    </message>
    <message>
        <source>Partnership firm</source>
        <translation>साझेदारी फ़र्म</translation>
    </message>
    <message>
        <source>Limited liability partnership</source>
        <translation>सीमित देयता भागीदारी (LLP)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Hindu undivided family</source>
        <translation>हिंदू अविभाजित परिवार</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>ट्रस्ट</translation>
    </message>
    <message>
        <source>Enter the last four digits of the Aadhaar number (or all 12)</source>
        <translation>आधार संख्या के अंतिम चार अंक (या सभी 12) दर्ज करें</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name</source>
        <translation>आवेदक का नाम दर्ज करें</translation>
    </message>
    <message>
        <source>A name has 2 to 120 characters</source>
        <translation>नाम में 2 से 120 अक्षर होते हैं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity type; use one of %2</source>
        <translation>&quot;%1&quot; इकाई का प्रकार नहीं है; इनमें से एक चुनें: %2</translation>
    </message>
    <message>
        <source>The 4th letter of this PAN is %1 (%2), but the applicant is: %3 (expected %4)</source>
        <translation>इस PAN का चौथा अक्षर %1 (%2) है, पर आवेदक है: %3 (अपेक्षित %4)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>Only a business has a GSTIN; clear it or change the entity type</source>
        <translation>केवल व्यवसाय का GSTIN होता है; इसे हटाएँ या इकाई का प्रकार बदलें</translation>
    </message>
    <message>
        <source>Enter the PAN too: a GSTIN carries its holder&apos;s PAN</source>
        <translation>PAN भी दर्ज करें: GSTIN में उसके धारक का PAN होता है</translation>
    </message>
    <message>
        <source>Use a date like 1985-04-23</source>
        <translation>1985-04-23 जैसी तिथि लिखें</translation>
    </message>
    <message>
        <source>The date of birth is in the future</source>
        <translation>जन्म तिथि भविष्य में है</translation>
    </message>
    <message>
        <source>An applicant is 18 to 100 years old; this is %1</source>
        <translation>आवेदक की आयु 18 से 100 वर्ष होती है; यह %1 है</translation>
    </message>
    <message>
        <source>Use male, female or other</source>
        <translation>पुरुष, महिला या अन्य लिखें</translation>
    </message>
    <message>
        <source>Use at most 60 characters</source>
        <translation>अधिकतम 60 अक्षर लिखें</translation>
    </message>
    <message>
        <source>Tags are a list of words</source>
        <translation>टैग शब्दों की सूची होते हैं</translation>
    </message>
</context>
<context>
    <name>AssetClass</name>
    <message>
        <source>Standard</source>
        <translation>मानक</translation>
    </message>
    <message>
        <source>Sub-standard</source>
        <translation>अवमानक</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>संदिग्ध</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>हानि</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>BankAccountForm</name>
    <message>
        <source>A&amp;pplicant:</source>
        <translation>आवेदक (&amp;P):</translation>
    </message>
    <message>
        <source>Account &amp;holder name:</source>
        <translation>खाताधारक का नाम (&amp;H):</translation>
    </message>
    <message>
        <source>As the bank has it</source>
        <translation>जैसा बैंक के रिकॉर्ड में है</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>खाता संख्या (&amp;N):</translation>
    </message>
    <message>
        <source>9 to 18 digits</source>
        <translation>9 से 18 अंक</translation>
    </message>
    <message>
        <source>&amp;Confirm account number:</source>
        <translation>खाता संख्या की पुष्टि करें (&amp;C):</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>इसे फिर से टाइप करें</translation>
    </message>
    <message>
        <source>Account &amp;type:</source>
        <translation>खाते का प्रकार (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;IFSC:</source>
        <translation>IFSC (&amp;I):</translation>
    </message>
    <message>
        <source>e.g. HDFC0000001</source>
        <translation>जैसे HDFC0000001</translation>
    </message>
    <message>
        <source>Get IFSC &amp;Details</source>
        <translation>IFSC विवरण लाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>बैंक (&amp;B):</translation>
    </message>
    <message>
        <source>B&amp;ranch:</source>
        <translation>शाखा (&amp;R):</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>स्थान:</translation>
    </message>
</context>
<context>
    <name>BankAccountRules</name>
    <message>
        <source>Savings</source>
        <translation>बचत</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Overdraft (OD)</source>
        <translation>ओवरड्राफ़्ट (OD)</translation>
    </message>
    <message>
        <source>Cash credit (CC)</source>
        <translation>कैश क्रेडिट (CC)</translation>
    </message>
    <message>
        <source>Enter the name on the account</source>
        <translation>खाते पर लिखा नाम दर्ज करें</translation>
    </message>
    <message>
        <source>A name has 2 to 120 characters</source>
        <translation>नाम में 2 से 120 अक्षर होते हैं</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account type; use one of %2</source>
        <translation>&quot;%1&quot; खाते का प्रकार नहीं है; इनमें से एक चुनें: %2</translation>
    </message>
</context>
<context>
    <name>BankRoutes</name>
    <message>
        <source>No bank branch has IFSC %1.</source>
        <translation>किसी भी बैंक शाखा का IFSC %1 नहीं है।</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <source>The verification could not be saved.</source>
        <translation>सत्यापन सहेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>This account number is already on this lead (%1).</source>
        <translation>यह खाता संख्या इस लीड पर पहले से है (%1)।</translation>
    </message>
</context>
<context>
    <name>BorrowerTokenDialog</name>
    <message>
        <source>Borrower Token</source>
        <translation>उधारकर्ता टोकन</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Borrower token</source>
        <translation>उधारकर्ता टोकन</translation>
    </message>
    <message>
        <source>The token the borrower signs in with, hidden until you choose Show</source>
        <translation>वह टोकन जिससे उधारकर्ता साइन इन करता है; &apos;दिखाएँ&apos; चुनने तक छिपा रहता है</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>अभी दिखाने के लिए कुछ नहीं।</translation>
    </message>
</context>
<context>
    <name>CodeText</name>
    <message>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>वितरित</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>सत्यापित नहीं</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Co applicant</source>
        <translation>सह-आवेदक</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>गारंटर</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Crego</source>
        <translation>क्रेगो से कनेक्ट करें</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>कनेक्शन:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>सर्वर का पता:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>एक्सेस टोकन:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox</source>
        <translation>सैंडबॉक्स</translation>
    </message>
    <message>
        <source>Crego preprod</source>
        <translation>क्रेगो प्रीप्रोड</translation>
    </message>
    <message>
        <source>Enter a server address such as https://preprod.api.crego.io</source>
        <translation>सर्वर का पता दर्ज करें, जैसे https://preprod.api.crego.io</translation>
    </message>
    <message>
        <source>Use https:// for %1; plain http:// is only allowed for this computer (loopback).</source>
        <translation>%1 के लिए https:// लिखें; सादा http:// केवल इसी कंप्यूटर (लूपबैक) के लिए है।</translation>
    </message>
    <message>
        <source>The address must start with https://</source>
        <translation>पता https:// से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CreateLeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation>नई लीड</translation>
    </message>
    <message>
        <source>A lead needs a program, the borrower&apos;s mobile number and the primary applicant.</source>
        <translation>लीड के लिए प्रोग्राम, उधारकर्ता का मोबाइल नंबर और मुख्य आवेदक चाहिए।</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>प्रोग्राम:</translation>
    </message>
    <message>
        <source>Primary mobile:</source>
        <translation>मुख्य मोबाइल:</translation>
    </message>
    <message>
        <source>Applicant name:</source>
        <translation>आवेदक का नाम:</translation>
    </message>
    <message>
        <source>Applicant type:</source>
        <translation>आवेदक का प्रकार:</translation>
    </message>
    <message>
        <source>Applicant mobile:</source>
        <translation>आवेदक का मोबाइल:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>ईमेल:</translation>
    </message>
    <message>
        <source>PAN:</source>
        <translation>PAN:</translation>
    </message>
</context>
<context>
    <name>CreditLinePage</name>
    <message>
        <source>Credit line</source>
        <translation>क्रेडिट लाइन</translation>
    </message>
    <message>
        <source>Outstanding and paid</source>
        <translation>बकाया और भुगतान</translation>
    </message>
    <message>
        <source>Delinquency</source>
        <translation>चूक</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>बकाया दिन (DPD)</translation>
    </message>
    <message>
        <source>Peak DPD</source>
        <translation>अधिकतम DPD</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>बकेट</translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation>NPA वर्ग</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>मूल्य निर्धारण</translation>
    </message>
    <message>
        <source>Programs and lines</source>
        <translation>प्रोग्राम और लाइनें</translation>
    </message>
    <message>
        <source>Each program of this lead with its line: approved, operative, available, utilization, outstanding, DPD, NPA class, expiry</source>
        <translation>इस लीड का हर प्रोग्राम उसकी लाइन के साथ: स्वीकृत, सक्रिय, उपलब्ध, उपयोग, बकाया, DPD, NPA वर्ग, समाप्ति</translation>
    </message>
    <message>
        <source>Credit line details</source>
        <translation>क्रेडिट लाइन का विवरण</translation>
    </message>
    <message>
        <source>Tiles, utilization, outstanding against paid, delinquency and pricing of the selected line</source>
        <translation>चुनी गई लाइन के आँकड़े, उपयोग, बकाया बनाम भुगतान, चूक और मूल्य निर्धारण</translation>
    </message>
    <message>
        <source>Principal, interest, overdue and penal interest: outstanding, paid and due now</source>
        <translation>मूलधन, ब्याज, अतिदेय और दंड ब्याज: बकाया, भुगतान किया और अभी देय</translation>
    </message>
</context>
<context>
    <name>Crego::Api::ApiProbe</name>
    <message>
        <source>decoded</source>
        <translation>डिकोड हुआ</translation>
    </message>
    <message>
        <source>FAILED </source>
        <translation>विफल </translation>
    </message>
    <message>
        <source>skipped: no lead to probe</source>
        <translation>छोड़ा गया: जाँचने के लिए कोई लीड नहीं</translation>
    </message>
</context>
<context>
    <name>Crego::Api::ApiTransport</name>
    <message>
        <source>No server is configured.</source>
        <translation>कोई सर्वर सेट नहीं है।</translation>
    </message>
</context>
<context>
    <name>Crego::Api::ConnectionMonitor</name>
    <message>
        <source>Not connected yet.</source>
        <translation>अभी कनेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता।</translation>
    </message>
    <message>
        <source>The server reports it is not healthy (&quot;%1&quot;).</source>
        <translation>सर्वर बताता है कि वह ठीक नहीं है (&quot;%1&quot;)।</translation>
    </message>
    <message>
        <source>The server&apos;s health check failed (HTTP %1).</source>
        <translation>सर्वर की स्वास्थ्य जाँच विफल रही (HTTP %1)।</translation>
    </message>
    <message>
        <source>The server is turning requests away: too many at once (HTTP 429).</source>
        <translation>सर्वर अनुरोध लौटा रहा है: एक साथ बहुत अधिक अनुरोध (HTTP 429)।</translation>
    </message>
    <message>
        <source>The server is failing requests (HTTP %1).</source>
        <translation>सर्वर अनुरोध विफल कर रहा है (HTTP %1)।</translation>
    </message>
</context>
<context>
    <name>Crego::Api::ConventionProbe</name>
    <message>
        <source>conventions: the lead list did not answer (%1)</source>
        <translation>परिपाटियाँ: लीड सूची ने उत्तर नहीं दिया (%1)</translation>
    </message>
    <message>
        <source>?lead= filter: unknown (no lead to try it on)</source>
        <translation>?lead= फ़िल्टर: अज्ञात (आज़माने के लिए कोई लीड नहीं)</translation>
    </message>
    <message>
        <source>?lead= filter: refused (%1)</source>
        <translation>?lead= फ़िल्टर: अस्वीकृत (%1)</translation>
    </message>
    <message>
        <source>pagination: none (the whole list in one answer)</source>
        <translation>पेजिनेशन: कोई नहीं (पूरी सूची एक ही उत्तर में)</translation>
    </message>
    <message>
        <source>pagination: page numbers with current_page and page_size</source>
        <translation>पेजिनेशन: current_page और page_size के साथ पृष्ठ संख्याएँ</translation>
    </message>
    <message>
        <source>pagination: cursor links, no count</source>
        <translation>पेजिनेशन: कर्सर लिंक, कोई गिनती नहीं</translation>
    </message>
    <message>
        <source>pagination: page numbers (count and next links)</source>
        <translation>पेजिनेशन: पृष्ठ संख्याएँ (count और next लिंक)</translation>
    </message>
    <message>
        <source>expand=programs, line_summary, times: unknown (no leads)</source>
        <translation>expand=programs, line_summary, समय: अज्ञात (कोई लीड नहीं)</translation>
    </message>
    <message>
        <source>expand=programs: honoured</source>
        <translation>expand=programs: माना गया</translation>
    </message>
    <message>
        <source>expand=programs: ignored</source>
        <translation>expand=programs: अनदेखा</translation>
    </message>
    <message>
        <source>line_summary: sent</source>
        <translation>line_summary: भेजा गया</translation>
    </message>
    <message>
        <source>line_summary: not sent</source>
        <translation>line_summary: नहीं भेजा गया</translation>
    </message>
    <message>
        <source>times: ISO 8601 text</source>
        <translation>समय: ISO 8601 पाठ</translation>
    </message>
    <message>
        <source>times: epoch milliseconds</source>
        <translation>समय: epoch मिलीसेकंड</translation>
    </message>
    <message>
        <source>times: epoch seconds</source>
        <translation>समय: epoch सेकंड</translation>
    </message>
    <message>
        <source>times: unknown (no created_at)</source>
        <translation>समय: अज्ञात (created_at नहीं है)</translation>
    </message>
    <message>
        <source>?lead= filter: unknown (the lead has no bank accounts)</source>
        <translation>?lead= फ़िल्टर: अज्ञात (लीड का कोई बैंक खाता नहीं है)</translation>
    </message>
    <message>
        <source>?lead= filter: ignored (%1 of %2 bank accounts belong to other borrowers); the app asks per applicant</source>
        <translation>?lead= फ़िल्टर: अनदेखा (%2 में से %1 बैंक खाते दूसरे उधारकर्ताओं के हैं); ऐप हर आवेदक के लिए अलग से पूछता है</translation>
    </message>
    <message>
        <source>?lead= filter: honoured</source>
        <translation>?lead= फ़िल्टर: माना गया</translation>
    </message>
</context>
<context>
    <name>Crego::Api::CregoClient</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 सहेजा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>Crego::App::ExportCommand</name>
    <message>
        <source>The export command.</source>
        <translation>निर्यात कमांड।</translation>
    </message>
    <message>
        <source>The workbook to write (.xlsx).</source>
        <translation>लिखने के लिए वर्कबुक (.xlsx)।</translation>
    </message>
    <message>
        <source>Leads whose name, ref id or mobile match.</source>
        <translation>वे लीड जिनका नाम, रेफ़ आईडी या मोबाइल मेल खाता है।</translation>
    </message>
    <message>
        <source>Lead statuses, comma-separated.</source>
        <translation>लीड की स्थितियाँ, अल्पविराम से अलग।</translation>
    </message>
    <message>
        <source>NPA classes, comma-separated.</source>
        <translation>NPA वर्ग, अल्पविराम से अलग।</translation>
    </message>
    <message>
        <source>Leads at least N days past due.</source>
        <translation>कम से कम N दिन बकाया वाली लीड।</translation>
    </message>
    <message>
        <source>Leads at most N days past due.</source>
        <translation>अधिक से अधिक N दिन बकाया वाली लीड।</translation>
    </message>
    <message>
        <source>Give --out FILE.xlsx.</source>
        <translation>--out FILE.xlsx दें।</translation>
    </message>
    <message>
        <source>No column is called %1; use %2.</source>
        <translation>%1 नाम का कोई कॉलम नहीं है; इनमें से लिखें: %2।</translation>
    </message>
    <message>
        <source>--%1 takes a number of days.</source>
        <translation>--%1 में दिनों की संख्या दें।</translation>
    </message>
    <message>
        <source>Exports a report to an Excel workbook: every lead matching the filters (all pages), one borrower&apos;s line report, or the portfolio.</source>
        <translation>रिपोर्ट को Excel वर्कबुक में निर्यात करता है: फ़िल्टर से मेल खाने वाली हर लीड (सभी पृष्ठ), किसी एक उधारकर्ता की लाइन रिपोर्ट, या पोर्टफ़ोलियो।</translation>
    </message>
    <message>
        <source>What to export: leads, line LEAD (a ref ID or a lead id), or portfolio.</source>
        <translation>क्या निर्यात करना है: leads, line LEAD (रेफ़ आईडी या लीड आईडी), या portfolio।</translation>
    </message>
    <message>
        <source>leads|line|portfolio</source>
        <translation>leads|line|portfolio</translation>
    </message>
    <message>
        <source>Lead list columns, comma-separated, in order: %1.</source>
        <translation>लीड सूची के कॉलम, अल्पविराम से अलग, क्रम में: %1।</translation>
    </message>
    <message>
        <source>Lead list: write mobile numbers in full.</source>
        <translation>लीड सूची: मोबाइल नंबर पूरे लिखें।</translation>
    </message>
    <message>
        <source>Line report: write bank account numbers in full (the workbook says so in its header).</source>
        <translation>लाइन रिपोर्ट: बैंक खाता संख्याएँ पूरी लिखें (वर्कबुक अपने शीर्ष में यह बताती है)।</translation>
    </message>
    <message>
        <source>Say what to export: crego-desk export leads|line LEAD_ID|portfolio … --out FILE.xlsx</source>
        <translation>बताएँ कि क्या निर्यात करना है: crego-desk export leads|line LEAD_ID|portfolio … --out FILE.xlsx</translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation>%1 %2 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>%1 of %2 leads summed up</source>
        <translation>%2 में से %1 लीड जोड़ी गईं</translation>
    </message>
    <message>
        <source>%1 leads summed up</source>
        <translation>%1 लीड जोड़ी गईं</translation>
    </message>
    <message>
        <source>Export failed: %1 No file was written.</source>
        <translation>निर्यात विफल: %1 कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
</context>
<context>
    <name>Crego::Models::DocumentUploadQueue</name>
    <message>
        <source>Cancelled; nothing was kept on the server.</source>
        <translation>रद्द किया गया; सर्वर पर कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>अपलोड नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>अपलोड हो गया</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>किसका है</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
</context>
<context>
    <name>Crego::Models::ExportJob</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>निर्यात विफल: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
</context>
<context>
    <name>Crego::Models::LeadDetailLoader</name>
    <message>
        <source>Not deleted: %1</source>
        <translation>हटाया नहीं गया: %1</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>हटा दिया गया।</translation>
    </message>
    <message>
        <source>%1 is the primary applicant and cannot be deleted; mark another applicant as primary first.</source>
        <translation>%1 मुख्य आवेदक है और हटाया नहीं जा सकता; पहले किसी दूसरे आवेदक को मुख्य बनाएँ।</translation>
    </message>
    <message>
        <source>The primary applicant was not changed: %1</source>
        <translation>मुख्य आवेदक नहीं बदला गया: %1</translation>
    </message>
    <message>
        <source>%1 is now the primary applicant.</source>
        <translation>%1 अब मुख्य आवेदक है।</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>सत्यापित नहीं: %1</translation>
    </message>
    <message>
        <source>the bank found no such account</source>
        <translation>बैंक को ऐसा कोई खाता नहीं मिला</translation>
    </message>
    <message>
        <source>name matches (%1%)</source>
        <translation>नाम मेल खाता है (%1%)</translation>
    </message>
    <message>
        <source>name partly matches (%1%)</source>
        <translation>नाम आंशिक रूप से मेल खाता है (%1%)</translation>
    </message>
    <message>
        <source>name does not match (%1%)</source>
        <translation>नाम मेल नहीं खाता (%1%)</translation>
    </message>
    <message>
        <source>name matches</source>
        <translation>नाम मेल खाता है</translation>
    </message>
    <message>
        <source>name does not match</source>
        <translation>नाम मेल नहीं खाता</translation>
    </message>
    <message>
        <source>Verified %1 on %2: %3; name at the bank &quot;%4&quot;.</source>
        <translation>%1 को %2 पर सत्यापित किया गया: %3; बैंक में नाम &quot;%4&quot;।</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 में सहेजा गया।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>लीड: %1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>आवेदक: %1</translation>
    </message>
    <message>
        <source>Bank account %1 %2 (%3)</source>
        <translation>बैंक खाता %1 %2 (%3)</translation>
    </message>
    <message>
        <source>unknown applicant</source>
        <translation>अज्ञात आवेदक</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Bank account %1 %2</source>
        <translation>बैंक खाता %1 %2</translation>
    </message>
</context>
<context>
    <name>Crego::Models::LeadListExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Export failed: %1 No file was written.</source>
        <translation>निर्यात विफल: %1 कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Exported 1 lead.</source>
        <translation>1 लीड निर्यात की गई।</translation>
    </message>
    <message>
        <source>Exported %1 leads.</source>
        <translation>%1 लीड निर्यात की गईं।</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>निर्यात विफल: %1</translation>
    </message>
    <message>
        <source>Export Leads</source>
        <translation>लीड निर्यात करें</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%2 में से %1 लीड</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 लीड</translation>
    </message>
</context>
<context>
    <name>Crego::Models::LeadListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation>रेफ़ आईडी</translation>
    </message>
    <message>
        <source>Primary mobile</source>
        <translation>मुख्य मोबाइल</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Approved line</source>
        <translation>स्वीकृत लाइन</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation>NPA वर्ग</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>चयन</translation>
    </message>
    <message>
        <source>No line yet</source>
        <translation>अभी कोई लाइन नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <comment>other lines of the lead</comment>
        <translation>
            <numerusform>%1 + %n और</numerusform>
            <numerusform>%1 + %n और</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines: the amounts are all lines together, DPD and NPA class the worst line&apos;s.</source>
        <translation>
            <numerusform>%n लाइन: राशियाँ सभी लाइनों का योग हैं, DPD और NPA वर्ग सबसे खराब लाइन के।</numerusform>
            <numerusform>%n लाइनें: राशियाँ सभी लाइनों का योग हैं, DPD और NPA वर्ग सबसे खराब लाइन के।</numerusform>
        </translation>
    </message>
    <message>
        <source>(a lead that could not be read)</source>
        <translation>(एक लीड जो पढ़ी नहीं जा सकी)</translation>
    </message>
    <message>
        <source>Not loaded — press F5 to try again</source>
        <translation>लोड नहीं हुई — फिर से कोशिश करने के लिए F5 दबाएँ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>These leads could not be loaded: %1</source>
        <translation>ये लीड लोड नहीं हो सकीं: %1</translation>
    </message>
</context>
<context>
    <name>Crego::Models::LineReportExport</name>
    <message>
        <source>the lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>the programs and credit lines</source>
        <translation>प्रोग्राम और क्रेडिट लाइनें</translation>
    </message>
    <message>
        <source>the applicants</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>the bank accounts</source>
        <translation>बैंक खाते</translation>
    </message>
    <message>
        <source>the documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Export Line Report</source>
        <translation>लाइन रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>%1 of %2 parts loaded</source>
        <translation>%2 में से %1 भाग लोड हुए</translation>
    </message>
    <message>
        <source>%1 could not be loaded (%2). Load them again (Refresh) and export once they show.</source>
        <translation>%1 लोड नहीं हो सके (%2)। इन्हें फिर से लोड करें (रीफ़्रेश) और दिखने के बाद निर्यात करें।</translation>
    </message>
    <message>
        <source>Export failed: the lead was closed. No file was written.</source>
        <translation>निर्यात विफल: लीड बंद कर दी गई। कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Export failed: %1 No file was written.</source>
        <translation>निर्यात विफल: %1 कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Exported the line report of %1.</source>
        <translation>%1 की लाइन रिपोर्ट निर्यात की गई।</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>निर्यात विफल: %1</translation>
    </message>
</context>
<context>
    <name>Crego::Models::OutstandingModel</name>
    <message>
        <source>Principal</source>
        <translation>मूलधन</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>ब्याज</translation>
    </message>
    <message>
        <source>Overdue interest</source>
        <translation>अतिदेय ब्याज</translation>
    </message>
    <message>
        <source>Penal interest</source>
        <translation>दंड ब्याज</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान किया</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>अभी देय</translation>
    </message>
</context>
<context>
    <name>Crego::Models::PortfolioBreakdownModel</name>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
</context>
<context>
    <name>Crego::Models::PortfolioExport</name>
    <message>
        <source>Exported the portfolio with 1 lead.</source>
        <translation>1 लीड वाला पोर्टफ़ोलियो निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Exported the portfolio with %1 leads.</source>
        <translation>%1 लीड वाला पोर्टफ़ोलियो निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation>पोर्टफ़ोलियो निर्यात करें</translation>
    </message>
    <message>
        <source>Exposure by program</source>
        <translation>प्रोग्राम के अनुसार एक्सपोज़र</translation>
    </message>
    <message>
        <source>DPD buckets</source>
        <translation>DPD बकेट</translation>
    </message>
    <message>
        <source>NPA classes</source>
        <translation>NPA वर्ग</translation>
    </message>
    <message>
        <source>Utilization bands</source>
        <translation>उपयोग के दायरे</translation>
    </message>
</context>
<context>
    <name>Crego::Models::PortfolioModel</name>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation>DPD बकेट</translation>
    </message>
    <message>
        <source>Asset class</source>
        <translation>परिसंपत्ति वर्ग</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Over 100</source>
        <translation>100 से अधिक</translation>
    </message>
    <message>
        <source>90–100</source>
        <translation>90–100</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>Crego::Models::RateStepModel</name>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
</context>
<context>
    <name>Crego::Models::RecordEditor</name>
    <message>
        <source>The form could not be read: %1</source>
        <translation>फ़ॉर्म पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The server did not accept the marked fields; correct them and save again.</source>
        <translation>सर्वर ने चिह्नित फ़ील्ड स्वीकार नहीं किए; उन्हें सुधारें और फिर से सहेजें।</translation>
    </message>
    <message>
        <source>The server did not accept this record: %1</source>
        <translation>सर्वर ने यह रिकॉर्ड स्वीकार नहीं किया: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are kept; save again when ready.</source>
        <translation>सहेजा नहीं गया: %1 आपकी प्रविष्टियाँ रखी गई हैं; तैयार होने पर फिर से सहेजें।</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered, so it may already have created this record. It was not sent again: press Check the List to see whether it is there before you save again. Your entries are kept.</source>
        <translation>सर्वर के उत्तर देने से पहले कनेक्शन टूट गया, इसलिए हो सकता है कि उसने यह रिकॉर्ड बना दिया हो। इसे फिर से नहीं भेजा गया: फिर से सहेजने से पहले &quot;सूची जाँचें&quot; दबाकर देखें कि यह वहाँ है या नहीं। आपकी प्रविष्टियाँ रखी गई हैं।</translation>
    </message>
    <message>
        <source>A document is added by uploading its file.</source>
        <translation>दस्तावेज़ उसकी फ़ाइल अपलोड करके जोड़ा जाता है।</translation>
    </message>
</context>
<context>
    <name>Crego::Models::ServerLeadExport</name>
    <message>
        <source>Server Export</source>
        <translation>सर्वर निर्यात</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s file… %1 received</source>
        <translation>सर्वर की फ़ाइल की प्रतीक्षा… %1 प्राप्त</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>The server could not export the leads: %1 No file was written.</source>
        <translation>सर्वर लीड निर्यात नहीं कर सका: %1 कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>The server sent something other than an Excel workbook; no file was written. Export without “Server export” to have Crego Desk write the workbook.</source>
        <translation>सर्वर ने Excel वर्कबुक के बजाय कुछ और भेजा; कोई फ़ाइल नहीं लिखी गई। क्रेगो डेस्क से वर्कबुक लिखवाने के लिए “सर्वर निर्यात” के बिना निर्यात करें।</translation>
    </message>
    <message>
        <source>Export failed: %1 could not be written (%2).</source>
        <translation>निर्यात विफल: %1 लिखी नहीं जा सकी (%2)।</translation>
    </message>
    <message>
        <source>Saved the server&apos;s export (%1).</source>
        <translation>सर्वर का निर्यात सहेजा गया (%1)।</translation>
    </message>
</context>
<context>
    <name>Crego::Models::SlabTableModel</name>
    <message>
        <source>Day %1</source>
        <translation>दिन %1</translation>
    </message>
    <message>
        <source>No upper bound</source>
        <translation>कोई ऊपरी सीमा नहीं</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Rate (%1)</source>
        <translation>दर (%1)</translation>
    </message>
</context>
<context>
    <name>Crego::Sandbox::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1; is the port in use?</source>
        <translation>127.0.0.1:%1 पर सुन नहीं सकते; क्या पोर्ट उपयोग में है?</translation>
    </message>
    <message>
        <source>No route for %1.</source>
        <translation>%1 के लिए कोई मार्ग नहीं।</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>अनुरोध का मुख्य भाग बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>Authentication credentials were not provided.</source>
        <translation>प्रमाणीकरण क्रेडेंशियल नहीं दिए गए।</translation>
    </message>
    <message>
        <source>Given token not valid for any token type</source>
        <translation>दिया गया टोकन किसी भी टोकन प्रकार के लिए मान्य नहीं है</translation>
    </message>
    <message>
        <source>Token is expired</source>
        <translation>टोकन की अवधि समाप्त हो गई है</translation>
    </message>
    <message>
        <source>The service is briefly unavailable; retry.</source>
        <translation>सेवा थोड़ी देर के लिए उपलब्ध नहीं है; फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>JSON ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation>फ़ाइल %1 से बड़ी है।</translation>
    </message>
    <message>
        <source>Cannot update the lead summaries in %1.</source>
        <translation>%1 में लीड सारांश अपडेट नहीं किए जा सकते।</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>संस्करण %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Qt %1 से बना, Qt %2 पर चल रहा है</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::AddressForm</name>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>India Post has no pincode %1: check it, or type the city, district and state yourself.</source>
        <translation>इंडिया पोस्ट में पिनकोड %1 नहीं है: इसे जाँचें, या शहर, ज़िला और राज्य स्वयं लिखें।</translation>
    </message>
    <message>
        <source>The pincode could not be looked up (%1). Type the city, district and state yourself.</source>
        <translation>पिनकोड खोजा नहीं जा सका (%1)। शहर, ज़िला और राज्य स्वयं लिखें।</translation>
    </message>
    <message>
        <source>Choose one of %1 post offices</source>
        <translation>%1 डाकघरों में से एक चुनें</translation>
    </message>
    <message>
        <source>%1, %2 · %3 post offices: choose one below</source>
        <translation>%1, %2 · %3 डाकघर: नीचे से एक चुनें</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Add an applicant first: every address belongs to one</source>
        <translation>पहले आवेदक जोड़ें: हर पता किसी आवेदक का होता है</translation>
    </message>
    <message>
        <source>New Address</source>
        <translation>नया पता</translation>
    </message>
    <message>
        <source>%1 Address, %2</source>
        <translation>%1 पता, %2</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ApplicantForm</name>
    <message>
        <source>Not stated</source>
        <translation>नहीं बताया</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Date of &amp;incorporation:</source>
        <translation>निगमन की तिथि (&amp;I):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>जन्म तिथि (&amp;B):</translation>
    </message>
    <message>
        <source>Use a date like 23/04/1985</source>
        <translation>23/04/1985 जैसी तिथि लिखें</translation>
    </message>
    <message>
        <source>New Applicant</source>
        <translation>नया आवेदक</translation>
    </message>
    <message>
        <source>Applicant %1</source>
        <translation>आवेदक %1</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::BankAccountForm</name>
    <message>
        <source>Filled from the IFSC</source>
        <translation>IFSC से भरा गया</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>No details for this IFSC: %1 You can type the bank and branch yourself.</source>
        <translation>इस IFSC का कोई विवरण नहीं: %1 आप बैंक और शाखा स्वयं लिख सकते हैं।</translation>
    </message>
    <message>
        <source>Add an applicant first: every account belongs to one</source>
        <translation>पहले आवेदक जोड़ें: हर खाता किसी आवेदक का होता है</translation>
    </message>
    <message>
        <source>Type the account number again</source>
        <translation>खाता संख्या फिर से टाइप करें</translation>
    </message>
    <message>
        <source>The two account numbers differ</source>
        <translation>दोनों खाता संख्याएँ अलग हैं</translation>
    </message>
    <message>
        <source>New Bank Account</source>
        <translation>नया बैंक खाता</translation>
    </message>
    <message>
        <source>Bank Account %1</source>
        <translation>बैंक खाता %1</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::BorrowerTokenDialog</name>
    <message>
        <source>Issuing a token for %1. A borrower-facing app acts for this borrower with it until it expires. It is shown only here: copy it now, it is not kept anywhere.</source>
        <translation>%1 के लिए टोकन जारी किया जा रहा है। उधारकर्ता के लिए बना ऐप इसकी अवधि समाप्त होने तक इसी से इस उधारकर्ता की ओर से काम करता है। यह केवल यहीं दिखता है: इसे अभी कॉपी करें, यह कहीं नहीं रखा जाता।</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>जारी किया जा रहा है…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>छिपाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>No token was issued: %1</source>
        <translation>कोई टोकन जारी नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Expires %1 (in %2 h %3 min).</source>
        <translation>%1 को समाप्त (%2 घं %3 मि में)।</translation>
    </message>
    <message>
        <source>The server did not say when it expires.</source>
        <translation>सर्वर ने नहीं बताया कि यह कब समाप्त होगा।</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds the token.</source>
        <translation>कॉपी हो गया। यदि क्लिपबोर्ड में तब भी टोकन है तो एक मिनट में उसे साफ़ कर दिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ConnectionDialog</name>
    <message>
        <source>Sandbox (built in)</source>
        <translation>सैंडबॉक्स (अंतर्निहित)</translation>
    </message>
    <message>
        <source>Crego preprod</source>
        <translation>क्रेगो प्रीप्रोड</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>अपना सर्वर</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>कनेक्ट करें</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>सर्वर ने उत्तर नहीं दिया: %1</translation>
    </message>
    <message>
        <source>Connected: the server answered and accepted the token; %1 leads are visible.</source>
        <translation>कनेक्ट हो गया: सर्वर ने उत्तर दिया और टोकन स्वीकार किया; %1 लीड दिख रही हैं।</translation>
    </message>
    <message>
        <source>The server answered, but: %1</source>
        <translation>सर्वर ने उत्तर दिया, पर: %1</translation>
    </message>
    <message>
        <source>Enter the access token.</source>
        <translation>एक्सेस टोकन दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::CreateLeadDialog</name>
    <message>
        <source>Enter the applicant&apos;s full name</source>
        <translation>आवेदक का पूरा नाम दर्ज करें</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Proprietorship</source>
        <translation>स्वामित्व</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>साझेदारी</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>98765 43210</source>
        <translation>98765 43210</translation>
    </message>
    <message>
        <source>ABCPE1234F</source>
        <translation>ABCPE1234F</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Create Lead</source>
        <translation>लीड बनाएँ</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>प्रोग्राम चुनें</translation>
    </message>
    <message>
        <source>Creating the lead…</source>
        <translation>लीड बनाई जा रही है…</translation>
    </message>
    <message>
        <source>The lead was not created. %1</source>
        <translation>लीड नहीं बनी। %1</translation>
    </message>
    <message>
        <source>Type to find a program</source>
        <translation>प्रोग्राम खोजने के लिए टाइप करें</translation>
    </message>
    <message>
        <source>No programs are known for this connection yet: load the lead list (View → Refresh), then try again.</source>
        <translation>इस कनेक्शन के लिए अभी कोई प्रोग्राम ज्ञात नहीं है: लीड सूची लोड करें (देखें → रीफ़्रेश), फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Choose a program from the list: “%1” is not one of this connection&apos;s programs.</source>
        <translation>सूची से प्रोग्राम चुनें: “%1” इस कनेक्शन के प्रोग्रामों में नहीं है।</translation>
    </message>
    <message>
        <source>The server does not offer the program “%1” (any more): choose another.</source>
        <translation>सर्वर प्रोग्राम “%1” (अब) नहीं देता: कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>सर्वर ने कहा: %1</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::CreditLinePage</name>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Used (principal outstanding)</source>
        <translation>उपयोग किया (बकाया मूलधन)</translation>
    </message>
    <message>
        <source>Blocked (pending disbursal)</source>
        <translation>अवरुद्ध (लंबित वितरण)</translation>
    </message>
    <message>
        <source>Outstanding against paid</source>
        <translation>बकाया बनाम भुगतान</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>राशि (₹)</translation>
    </message>
    <message>
        <source>Loading the credit line…</source>
        <translation>क्रेडिट लाइन लोड हो रही है…</translation>
    </message>
    <message>
        <source>Could not load the credit line: %1</source>
        <translation>क्रेडिट लाइन लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>This lead has no program yet.</source>
        <translation>इस लीड का अभी कोई प्रोग्राम नहीं है।</translation>
    </message>
    <message>
        <source>Utilization %1%</source>
        <translation>उपयोग %1%</translation>
    </message>
    <message>
        <source>Used and blocked against the operative line: %1 of %2</source>
        <translation>सक्रिय लाइन में से उपयोग और अवरुद्ध: %2 में से %1</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>जाँच:</translation>
    </message>
    <message>
        <source>Line expiry: %1 · figures as of %2</source>
        <translation>लाइन की समाप्ति: %1 · आँकड़े %2 तक के</translation>
    </message>
    <message>
        <source>1 loan</source>
        <translation>1 ऋण</translation>
    </message>
    <message>
        <source>%1 loans</source>
        <translation>%1 ऋण</translation>
    </message>
    <message>
        <source>Due amount %1 on %2 · excess payment %3 · disbursed %4</source>
        <translation>देय राशि %1, %2 को · अधिक भुगतान %3 · वितरित %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>निर्धारित नहीं</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Subvention %1 (acknowledged %2)</source>
        <translation>सब्वेंशन %1 (स्वीकृत %2)</translation>
    </message>
    <message>
        <source>Cashback available %1, released %2, adjusted %3</source>
        <translation>कैशबैक उपलब्ध %1, जारी %2, समायोजित %3</translation>
    </message>
    <message>
        <source>Holdback %1</source>
        <translation>होल्डबैक %1</translation>
    </message>
    <message>
        <source>ROI slabs</source>
        <translation>ROI स्लैब</translation>
    </message>
    <message>
        <source>Overdue ROI slabs</source>
        <translation>अतिदेय ROI स्लैब</translation>
    </message>
    <message>
        <source>Penal ROI slabs</source>
        <translation>दंड ROI स्लैब</translation>
    </message>
    <message>
        <source>The rate by days outstanding: from day, to day, rate</source>
        <translation>बकाया दिनों के अनुसार दर: दिन से, दिन तक, दर</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentForm</name>
    <message>
        <source>Anything a colleague should know: which months, who sent it, what to check</source>
        <translation>सहकर्मी को क्या जानना चाहिए: कौन से महीने, किसने भेजा, क्या जाँचना है</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>प्रकार (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>किसका है (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>टिप्पणियाँ (&amp;O):</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>दस्तावेज़ %1</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentPreview</name>
    <message>
        <source>&amp;Previous Page</source>
        <translation>पिछला पृष्ठ (&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>अगला पृष्ठ (&amp;X)</translation>
    </message>
    <message>
        <source>Document image</source>
        <translation>दस्तावेज़ की छवि</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>दस्तावेज़ के पृष्ठ</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>दस्तावेज़ का पाठ</translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>यहाँ देखने के लिए कोई दस्तावेज़ चुनें।</translation>
    </message>
    <message>
        <source>%1 looks like a picture but cannot be shown: %2</source>
        <translation>%1 चित्र जैसा दिखता है पर दिखाया नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message>
        <source>%1 is a PDF that cannot be shown; open it with the system viewer.</source>
        <translation>%1 एक PDF है जो दिखाई नहीं जा सकती; इसे सिस्टम व्यूअर से खोलें।</translation>
    </message>
    <message>
        <source>%1 · the first 1 MB</source>
        <translation>%1 · पहला 1 MB</translation>
    </message>
    <message>
        <source>There is no preview for %1; open it with the system viewer.</source>
        <translation>%1 का कोई पूर्वावलोकन नहीं है; इसे सिस्टम व्यूअर से खोलें।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>दस्तावेज़ का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>The selected document&apos;s picture, PDF page or text</source>
        <translation>चुने गए दस्तावेज़ का चित्र, PDF पृष्ठ या पाठ</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentUploadDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>फ़ाइलें जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>अपलोड करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>अपलोड रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>फिर से कोशिश करें (&amp;T)</translation>
    </message>
    <message>
        <source>Upload Documents</source>
        <translation>दस्तावेज़ अपलोड करें</translation>
    </message>
    <message>
        <source>Add files with Add Files… or drop them here: PDF, PNG, JPEG, TIFF or plain text, up to %1 each. Select a file to set its type, the record it belongs to and notes.</source>
        <translation>&quot;फ़ाइलें जोड़ें…&quot; से फ़ाइलें जोड़ें या उन्हें यहाँ छोड़ें: PDF, PNG, JPEG, TIFF या सादा पाठ, हर एक %1 तक। किसी फ़ाइल का प्रकार, उसका रिकॉर्ड और टिप्पणियाँ तय करने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>अपलोड के लिए फ़ाइलें</translation>
    </message>
    <message>
        <source>Choose Documents to Upload</source>
        <translation>अपलोड के लिए दस्तावेज़ चुनें</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>दस्तावेज़ (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Uploading one file at a time</source>
        <translation>एक बार में एक फ़ाइल अपलोड हो रही है</translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded</source>
        <translation>
            <numerusform>%n अपलोड हुई</numerusform>
            <numerusform>%n अपलोड हुईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n प्रतीक्षा में</numerusform>
            <numerusform>%n प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be uploaded (see why in the list)</source>
        <translation>
            <numerusform>%n अपलोड नहीं हो सकती (कारण सूची में देखें)</numerusform>
            <numerusform>%n अपलोड नहीं हो सकतीं (कारण सूची में देखें)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not uploaded: Retry sends them again</source>
        <translation>
            <numerusform>%n अपलोड नहीं हुई: &quot;फिर से कोशिश करें&quot; उसे फिर भेजता है</numerusform>
            <numerusform>%n अपलोड नहीं हुईं: &quot;फिर से कोशिश करें&quot; उन्हें फिर भेजता है</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet.</source>
        <translation>अभी कोई फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>Stop Uploading</source>
        <translation>अपलोड रोकें</translation>
    </message>
    <message>
        <source>A file is still uploading. Stop it? Nothing of it is kept on the server.</source>
        <translation>एक फ़ाइल अभी अपलोड हो रही है। उसे रोकें? उसका कुछ भी सर्वर पर नहीं रखा जाएगा।</translation>
    </message>
    <message>
        <source>Each file to upload: its name, type, the record it belongs to, its size and how far it has got</source>
        <translation>अपलोड की हर फ़ाइल: उसका नाम, प्रकार, उसका रिकॉर्ड, आकार और वह कितनी आगे बढ़ी है</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::DocumentsPanel</name>
    <message>
        <source>&amp;Upload Files…</source>
        <translation>फ़ाइलें अपलोड करें (&amp;U)…</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>विवरण संपादित करें (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>इस रूप में सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>हटाएँ (&amp;L)…</translation>
    </message>
    <message>
        <source>Upload files to this lead; you can also drop files on this tab</source>
        <translation>इस लीड में फ़ाइलें अपलोड करें; आप फ़ाइलें इस टैब पर छोड़ भी सकते हैं</translation>
    </message>
    <message>
        <source>Change the selected document&apos;s type, name, notes or the record it belongs to</source>
        <translation>चुने गए दस्तावेज़ का प्रकार, नाम, टिप्पणियाँ या उसका रिकॉर्ड बदलें</translation>
    </message>
    <message>
        <source>Open the selected document with the system&apos;s viewer</source>
        <translation>चुने गए दस्तावेज़ को सिस्टम के व्यूअर से खोलें</translation>
    </message>
    <message>
        <source>Download the selected document to a file of your choice</source>
        <translation>चुने गए दस्तावेज़ को अपनी पसंद की फ़ाइल में डाउनलोड करें</translation>
    </message>
    <message>
        <source>Delete the selected document</source>
        <translation>चुना गया दस्तावेज़ हटाएँ</translation>
    </message>
    <message>
        <source>Show documents of</source>
        <translation>इनके दस्तावेज़ दिखाएँ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>दिखाएँ (&amp;H):</translation>
    </message>
    <message>
        <source>Saving… %1 of %2</source>
        <translation>सहेजा जा रहा है… %2 में से %1</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>सभी दस्तावेज़</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Could not load this list: %1</source>
        <translation>यह सूची लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>No documents yet. Upload files, or drop them on this tab.</source>
        <translation>अभी कोई दस्तावेज़ नहीं। फ़ाइलें अपलोड करें, या उन्हें इस टैब पर छोड़ें।</translation>
    </message>
    <message>
        <source>No documents belong to this record yet.</source>
        <translation>इस रिकॉर्ड का अभी कोई दस्तावेज़ नहीं है।</translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>यहाँ देखने के लिए कोई दस्तावेज़ चुनें।</translation>
    </message>
    <message>
        <source>Loading %1 (%2)…</source>
        <translation>%1 (%2) लोड हो रहा है…</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 लाया नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The document is still being fetched; try again in a moment.</source>
        <translation>दस्तावेज़ अभी लाया जा रहा है; थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>No application on this computer opens %1; use Save As… instead.</source>
        <translation>इस कंप्यूटर पर कोई ऐप %1 नहीं खोलता; इसके बजाय &quot;इस रूप में सहेजें…&quot; का उपयोग करें।</translation>
    </message>
    <message>
        <source>Opened %1 with the system viewer.</source>
        <translation>%1 सिस्टम व्यूअर से खोला गया।</translation>
    </message>
    <message>
        <source>Save Document As</source>
        <translation>दस्तावेज़ इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>दस्तावेज़ हटाएँ</translation>
    </message>
    <message>
        <source>Delete the document %1 (%2)? Its file is removed from the server.</source>
        <translation>दस्तावेज़ %1 (%2) हटाएँ? इसकी फ़ाइल सर्वर से हटा दी जाएगी।</translation>
    </message>
    <message>
        <source>1 record could not be read and is left out.</source>
        <translation>1 रिकॉर्ड पढ़ा नहीं जा सका और छोड़ दिया गया है।</translation>
    </message>
    <message>
        <source>%1 records could not be read and are left out.</source>
        <translation>%1 रिकॉर्ड पढ़े नहीं जा सके और छोड़ दिए गए हैं।</translation>
    </message>
    <message>
        <source>The documents of this lead or of the record chosen above: type, name, size, status and when uploaded</source>
        <translation>इस लीड या ऊपर चुने गए रिकॉर्ड के दस्तावेज़: प्रकार, नाम, आकार, स्थिति और कब अपलोड हुए</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ExportDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>फ़ोल्डर में दिखाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>बंद करें (&amp;L)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 में निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>%1 Saved as %2.</source>
        <translation>%1 %2 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>निर्यात की प्रगति</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ExportOptionsDialog</name>
    <message>
        <source>&amp;Choose File…</source>
        <translation>फ़ाइल चुनें (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::KeyboardShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>विंडो</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>क्रियाएँ या कुंजियाँ खोजें</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>शॉर्टकट खोजें</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Each action with its keys and where it is found.</source>
        <translation>हर क्रिया, उसकी कुंजियों और उसके स्थान के साथ।</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::LeadDetailPage</name>
    <message>
        <source>&lt;h2&gt;Loading…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;लोड हो रहा है…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Could not load this list: %1</source>
        <translation>यह सूची लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lead not available&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;लीड उपलब्ध नहीं&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No applicants yet.</source>
        <translation>अभी कोई आवेदक नहीं।</translation>
    </message>
    <message>
        <source>No bank accounts yet.</source>
        <translation>अभी कोई बैंक खाता नहीं।</translation>
    </message>
    <message>
        <source>No addresses yet.</source>
        <translation>अभी कोई पता नहीं।</translation>
    </message>
    <message>
        <source>Ref %1</source>
        <translation>रेफ़ %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>प्रोग्राम: %1</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>मोबाइल: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Primary applicant</source>
        <translation>मुख्य आवेदक</translation>
    </message>
    <message>
        <source>none marked</source>
        <translation>कोई चिह्नित नहीं</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Approved line</source>
        <translation>स्वीकृत लाइन</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Total outstanding</source>
        <translation>कुल बकाया</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation>NPA वर्ग</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>Loan origination (LOS)</source>
        <translation>ऋण उत्पत्ति (LOS)</translation>
    </message>
    <message>
        <source>Loan management (LMS)</source>
        <translation>ऋण प्रबंधन (LMS)</translation>
    </message>
    <message>
        <source>Service accounts unavailable: %1</source>
        <translation>सेवा खाते उपलब्ध नहीं: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Not sent to any service yet.</source>
        <translation>अभी किसी सेवा को नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Service accounts: %1</source>
        <translation>सेवा खाते: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 को भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>%1 को नहीं भेजा गया: %2</translation>
    </message>
    <message>
        <source>1 record could not be read and is left out.</source>
        <translation>1 रिकॉर्ड पढ़ा नहीं जा सका और छोड़ दिया गया है।</translation>
    </message>
    <message>
        <source>%1 records could not be read and are left out.</source>
        <translation>%1 रिकॉर्ड पढ़े नहीं जा सके और छोड़ दिए गए हैं।</translation>
    </message>
    <message>
        <source>Verify Bank Account</source>
        <translation>बैंक खाता सत्यापित करें</translation>
    </message>
    <message>
        <source>Ask the bank to confirm account %1 with a penny drop? The lender may be charged for each verification.</source>
        <translation>बैंक से पेनी ड्रॉप द्वारा खाता %1 की पुष्टि करवाएँ? हर सत्यापन के लिए ऋणदाता से शुल्क लिया जा सकता है।</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <source>Add a bank account of one of the applicants</source>
        <translation>किसी आवेदक का बैंक खाता जोड़ें</translation>
    </message>
    <message>
        <source>Add an applicant first: every bank account belongs to one</source>
        <translation>पहले आवेदक जोड़ें: हर बैंक खाता किसी आवेदक का होता है</translation>
    </message>
    <message>
        <source>%1 is the primary applicant and cannot be deleted; mark another applicant as primary first.</source>
        <translation>%1 मुख्य आवेदक है और हटाया नहीं जा सकता; पहले किसी दूसरे आवेदक को मुख्य बनाएँ।</translation>
    </message>
    <message>
        <source>Delete the applicant %1 from this lead, with their bank accounts, addresses and documents?</source>
        <translation>आवेदक %1 को उनके बैंक खातों, पतों और दस्तावेज़ों सहित इस लीड से हटाएँ?</translation>
    </message>
    <message>
        <source>Delete the bank account %1 (%2) of %3?</source>
        <translation>%3 का बैंक खाता %1 (%2) हटाएँ?</translation>
    </message>
    <message>
        <source>Delete Applicant</source>
        <translation>आवेदक हटाएँ</translation>
    </message>
    <message>
        <source>Delete Bank Account</source>
        <translation>बैंक खाता हटाएँ</translation>
    </message>
    <message>
        <source>Copied from the %1 address: check it, then save.</source>
        <translation>%1 पते से कॉपी किया गया: इसे जाँचें, फिर सहेजें।</translation>
    </message>
    <message>
        <source>Delete Address</source>
        <translation>पता हटाएँ</translation>
    </message>
    <message>
        <source>Delete the %1 address %2?</source>
        <translation>%1 पता %2 हटाएँ?</translation>
    </message>
    <message>
        <source>Excel &amp;Workbook…</source>
        <translation>Excel वर्कबुक (&amp;W)…</translation>
    </message>
    <message>
        <source>Export Line Report</source>
        <translation>लाइन रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>The line report of %1: summary, programs, outstanding, dues, pricing, applicants, bank accounts, addresses and the list of documents, a sheet each.</source>
        <translation>%1 की लाइन रिपोर्ट: सारांश, प्रोग्राम, बकाया, देय, मूल्य निर्धारण, आवेदक, बैंक खाते, पते और दस्तावेज़ों की सूची, हर एक की अलग शीट।</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>यह लीड</translation>
    </message>
    <message>
        <source>Include full &amp;account numbers</source>
        <translation>पूरी खाता संख्याएँ शामिल करें (&amp;A)</translation>
    </message>
    <message>
        <source>Otherwise only their last four digits are written. The workbook&apos;s header says which.</source>
        <translation>अन्यथा केवल उनके अंतिम चार अंक लिखे जाते हैं। वर्कबुक का शीर्ष बताता है कि कौन सा।</translation>
    </message>
    <message>
        <source>Full bank account numbers will be written into the workbook, and anyone who gets the file can read them. Include them?</source>
        <translation>पूरी बैंक खाता संख्याएँ वर्कबुक में लिखी जाएँगी, और फ़ाइल पाने वाला कोई भी उन्हें पढ़ सकेगा। शामिल करें?</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>प्रिंट करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF निर्यात करें</translation>
    </message>
    <message>
        <source>The lead is still loading; print it once everything shows.</source>
        <translation>लीड अभी लोड हो रही है; सब कुछ दिखने के बाद प्रिंट करें।</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <source>Line report — %1</source>
        <translation>लाइन रिपोर्ट — %1</translation>
    </message>
    <message>
        <source>line-report-%1-%2.%3</source>
        <translation>line-report-%1-%2.%3</translation>
    </message>
    <message>
        <source>the loan origination system (LOS)</source>
        <translation>ऋण उत्पत्ति प्रणाली (LOS)</translation>
    </message>
    <message>
        <source>the loan management system (LMS)</source>
        <translation>ऋण प्रबंधन प्रणाली (LMS)</translation>
    </message>
    <message>
        <source>Send to Service</source>
        <translation>सेवा को भेजें</translation>
    </message>
    <message>
        <source>Send the lead “%1” (%2) to %3 through %4?
The service receives the lead as the server holds it now.</source>
        <translation>लीड “%1” (%2) को %4 के माध्यम से %3 को भेजें?
सेवा को लीड वैसी ही मिलेगी जैसी अभी सर्वर पर है।</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>लाइनें</translation>
    </message>
    <message>
        <source>%1 — amounts below are all lines together</source>
        <translation>%1 — नीचे की राशियाँ सभी लाइनों का योग हैं</translation>
    </message>
    <message>
        <source>DPD (worst line)</source>
        <translation>DPD (सबसे खराब लाइन)</translation>
    </message>
    <message>
        <source>NPA class (worst line)</source>
        <translation>NPA वर्ग (सबसे खराब लाइन)</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::LeadListPage</name>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Standard (STD)</source>
        <translation>मानक (STD)</translation>
    </message>
    <message>
        <source>Sub-standard (SUB)</source>
        <translation>अवमानक (SUB)</translation>
    </message>
    <message>
        <source>Doubtful (DBT)</source>
        <translation>संदिग्ध (DBT)</translation>
    </message>
    <message>
        <source>Loss (LOSS)</source>
        <translation>हानि (LOSS)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>लीड लोड हो रही हैं…</translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation>इन फ़िल्टर से कोई लीड मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>No leads match “%1”.</source>
        <translation>“%1” से कोई लीड मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>The leads could not be loaded.
%1</source>
        <translation>लीड लोड नहीं हो सकीं।
%1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 leads</source>
        <translation>%2 में से %1 लीड दिख रही हैं</translation>
    </message>
    <message>
        <source>Supply-chain finance</source>
        <translation>सप्लाई-चेन फ़ाइनेंस</translation>
    </message>
    <message>
        <source>Term loan</source>
        <translation>टर्म लोन</translation>
    </message>
    <message>
        <source>Portfolio selection: the leads counted in “%1”.</source>
        <translation>पोर्टफ़ोलियो चयन: “%1” में गिनी गई लीड।</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>खोज: “%1”</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>सभी लीड</translation>
    </message>
    <message>
        <source>(1 lead could not be read and is left out.)</source>
        <translation>(1 लीड पढ़ी नहीं जा सकी और छोड़ दी गई है।)</translation>
    </message>
    <message>
        <source>(%1 leads could not be read and are left out.)</source>
        <translation>(%1 लीड पढ़ी नहीं जा सकीं और छोड़ दी गई हैं।)</translation>
    </message>
    <message>
        <source>Export Leads</source>
        <translation>लीड निर्यात करें</translation>
    </message>
    <message>
        <source>leads-%1.xlsx</source>
        <translation>leads-%1.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>The %n leads of “%1” that the list shows (a portfolio drill-down).</source>
        <translation>
            <numerusform>“%1” की %n लीड जो सूची दिखाती है (पोर्टफ़ोलियो ड्रिल-डाउन)।</numerusform>
            <numerusform>“%1” की %n लीड जो सूची दिखाती है (पोर्टफ़ोलियो ड्रिल-डाउन)।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All columns, not only those shown</source>
        <translation>सभी कॉलम, केवल दिखाए गए नहीं (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Server export</source>
        <translation>सर्वर निर्यात (&amp;S)</translation>
    </message>
    <message>
        <source>Ask the server for its own workbook of these leads instead of writing one here.</source>
        <translation>यहाँ वर्कबुक लिखने के बजाय इन लीड की सर्वर से उसकी अपनी वर्कबुक माँगें।</translation>
    </message>
    <message>
        <source>Every lead — all pages, not only those loaded — in the columns shown and their order.</source>
        <translation>हर लीड — सभी पृष्ठ, केवल लोड हुए नहीं — दिखाए गए कॉलम में और उसी क्रम में।</translation>
    </message>
    <message>
        <source>Every lead matching %1 — all pages, not only those loaded — in the columns shown and their order.</source>
        <translation>%1 से मेल खाने वाली हर लीड — सभी पृष्ठ, केवल लोड हुए नहीं — दिखाए गए कॉलम में और उसी क्रम में।</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>नई विंडो में खोलें (&amp;W)</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 लीड</translation>
    </message>
    <message>
        <source>This server hands out its pages in order: more rows load as you scroll down.</source>
        <translation>यह सर्वर अपने पृष्ठ क्रम से देता है: नीचे स्क्रॉल करने पर और पंक्तियाँ लोड होती हैं।</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>कनेक्ट नहीं</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Delete Lead</source>
        <translation>लीड हटाएँ</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1” नहीं हटाई गई: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” हटा दी गई।</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The server did not accept the token (it may have expired). Your work is kept; enter a new token to go on.</source>
        <translation>सर्वर ने टोकन स्वीकार नहीं किया (शायद उसकी अवधि समाप्त हो गई है)। आपका काम रखा गया है; आगे बढ़ने के लिए नया टोकन दर्ज करें।</translation>
    </message>
    <message>
        <source>Working… (%1)</source>
        <translation>काम जारी है… (%1)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● ऑनलाइन</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Signed out; the token was removed.</source>
        <translation>साइन आउट; टोकन हटा दिया गया।</translation>
    </message>
    <message>
        <source>%1 — Crego Desk</source>
        <translation>%1 — क्रेगो डेस्क</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation>इन्हें छोड़ दें</translation>
    </message>
    <message>
        <source>Crego Desk closed before these forms were saved; reopen them as they were</source>
        <translation>ये फ़ॉर्म सहेजे जाने से पहले क्रेगो डेस्क बंद हो गया; इन्हें पहले जैसा फिर से खोलें</translation>
    </message>
    <message>
        <source>Discard Unsaved Forms</source>
        <translation>बिना सहेजे फ़ॉर्म छोड़ें</translation>
    </message>
    <message>
        <source>Restore 1 unsaved form</source>
        <translation>1 बिना सहेजा फ़ॉर्म वापस लाएँ</translation>
    </message>
    <message>
        <source>Restore %1 unsaved forms</source>
        <translation>%1 बिना सहेजे फ़ॉर्म वापस लाएँ</translation>
    </message>
    <message>
        <source>Throw away 1 unsaved form? What was typed in it cannot be brought back.</source>
        <translation>1 बिना सहेजा फ़ॉर्म फेंक दें? उसमें लिखा हुआ वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <source>Throw away %1 unsaved forms? What was typed in them cannot be brought back.</source>
        <translation>%1 बिना सहेजे फ़ॉर्म फेंक दें? उनमें लिखा हुआ वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <source>◐ Degraded — %1</source>
        <translation>◐ आंशिक — %1</translation>
    </message>
    <message>
        <source>○ Offline — %1</source>
        <translation>○ ऑफ़लाइन — %1</translation>
    </message>
    <message>
        <source>The last requests to the server worked.</source>
        <translation>सर्वर को भेजे गए पिछले अनुरोध सफल रहे।</translation>
    </message>
    <message>
        <source>Delete the lead “%1” (%2) with its applicants, bank accounts, documents and addresses? This cannot be undone.</source>
        <translation>लीड “%1” (%2) को उसके आवेदकों, बैंक खातों, दस्तावेज़ों और पतों सहित हटाएँ? यह वापस नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The server did not say whether this lead owes money or has an active line.</source>
        <translation>सर्वर ने नहीं बताया कि इस लीड पर कोई बकाया है या इसकी कोई सक्रिय लाइन है।</translation>
    </message>
    <message>
        <source>This lead has %1 outstanding.</source>
        <translation>इस लीड पर %1 बकाया है।</translation>
    </message>
    <message>
        <source>This lead has an active line of %1.</source>
        <translation>इस लीड की %1 की सक्रिय लाइन है।</translation>
    </message>
    <message>
        <source>○ Offline — showing data as of %1</source>
        <translation>○ ऑफ़लाइन — %1 तक का डेटा दिख रहा है</translation>
    </message>
    <message>
        <source>Offline — the data shown is as of %1; this needs the server.</source>
        <translation>ऑफ़लाइन — दिखाया गया डेटा %1 तक का है; इसके लिए सर्वर चाहिए।</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ModelBarChart</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::ModelPieChart</name>
    <message>
        <source>%1: %2 %3 (%4%)</source>
        <translation>%1: %2 %3 (%4%)</translation>
    </message>
    <message>
        <source>%1: %2% (%3)</source>
        <translation>%1: %2% (%3)</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::PortfolioPage</name>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Total approved</source>
        <translation>कुल स्वीकृत</translation>
    </message>
    <message>
        <source>Total outstanding</source>
        <translation>कुल बकाया</translation>
    </message>
    <message>
        <source>Total available</source>
        <translation>कुल उपलब्ध</translation>
    </message>
    <message>
        <source>Exposure by program</source>
        <translation>प्रोग्राम के अनुसार एक्सपोज़र</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>राशि (₹)</translation>
    </message>
    <message>
        <source>Leads by DPD bucket (worst line)</source>
        <translation>DPD बकेट के अनुसार लीड (सबसे खराब लाइन)</translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation>DPD बकेट</translation>
    </message>
    <message>
        <source>Leads by asset class (most severe line)</source>
        <translation>परिसंपत्ति वर्ग के अनुसार लीड (सबसे गंभीर लाइन)</translation>
    </message>
    <message>
        <source>Utilization of the lines</source>
        <translation>लाइनों का उपयोग</translation>
    </message>
    <message>
        <source>Double-click a program to list its leads</source>
        <translation>किसी प्रोग्राम की लीड देखने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portfolio&lt;/b&gt; of %1</source>
        <translation>%1 का &lt;b&gt;पोर्टफ़ोलियो&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading the leads and their credit lines…</source>
        <translation>लीड और उनकी क्रेडिट लाइनें लोड हो रही हैं…</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%2 में से %1 लीड</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>All %1 leads loaded. Click a bar or slice to list its leads.</source>
        <translation>सभी %1 लीड लोड हो गईं। किसी बार या हिस्से की लीड देखने के लिए उस पर क्लिक करें।</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 leads: the figures cover only those.</source>
        <translation>%2 में से %1 लीड के बाद रुका: आँकड़े केवल उन्हीं के हैं।</translation>
    </message>
    <message>
        <source>Stopped after %1 leads: %2 The figures cover only those; Reload to try again.</source>
        <translation>%1 लीड के बाद रुका: %2 आँकड़े केवल उन्हीं के हैं; फिर से कोशिश करने के लिए &quot;फिर से लोड करें&quot;।</translation>
    </message>
    <message>
        <source>%1 of them have no credit line yet</source>
        <translation>इनमें से %1 की अभी कोई क्रेडिट लाइन नहीं है</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation>पोर्टफ़ोलियो निर्यात करें</translation>
    </message>
    <message>
        <source>The portfolio is still loading (%1 of %2 leads). Export it once it has loaded, so the workbook holds every lead.</source>
        <translation>पोर्टफ़ोलियो अभी लोड हो रहा है (%2 में से %1 लीड)। लोड होने के बाद निर्यात करें, ताकि वर्कबुक में हर लीड हो।</translation>
    </message>
    <message numerus="yes">
        <source>The portfolio of %1: totals, exposure by program, DPD buckets, NPA classes, utilization bands, and the %n leads behind them.</source>
        <translation>
            <numerusform>%1 का पोर्टफ़ोलियो: योग, प्रोग्राम के अनुसार एक्सपोज़र, DPD बकेट, NPA वर्ग, उपयोग के दायरे, और उनके पीछे की %n लीड।</numerusform>
            <numerusform>%1 का पोर्टफ़ोलियो: योग, प्रोग्राम के अनुसार एक्सपोज़र, DPD बकेट, NPA वर्ग, उपयोग के दायरे, और उनके पीछे की %n लीड।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leads sheet: only the %n leads of “%1”</source>
        <translation>
            <numerusform>लीड शीट: केवल “%1” की %n लीड (&amp;L)</numerusform>
            <numerusform>लीड शीट: केवल “%1” की %n लीड (&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>The drill-down you opened last; the other sheets still cover the whole portfolio.</source>
        <translation>आपके द्वारा पिछली बार खोला गया ड्रिल-डाउन; बाकी शीटें अब भी पूरे पोर्टफ़ोलियो की हैं।</translation>
    </message>
    <message>
        <source>portfolio-%1.xlsx</source>
        <translation>portfolio-%1.xlsx</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>सभी लीड</translation>
    </message>
    <message>
        <source>% of the line used</source>
        <translation>लाइन का % उपयोग</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>सिस्टम के समान</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>The language of menus, forms and exports; applied at once</source>
        <translation>मेनू, फ़ॉर्म और निर्यात की भाषा; तुरंत लागू होती है</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>हल्के या गहरे रंग, या सिस्टम के रंग</translation>
    </message>
    <message>
        <source>The folder of the last export</source>
        <translation>पिछले निर्यात का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>निर्यात फ़ोल्डर</translation>
    </message>
    <message>
        <source>Where the save dialog of every export opens; empty for the folder of the last export</source>
        <translation>हर निर्यात का सहेजें डायलॉग कहाँ खुलता है; खाली छोड़ने पर पिछले निर्यात का फ़ोल्डर</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें (&amp;H)…</translation>
    </message>
    <message>
        <source>Pick the export folder in a folder dialog</source>
        <translation>फ़ोल्डर डायलॉग में निर्यात फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>प्रति पृष्ठ पंक्तियाँ</translation>
    </message>
    <message>
        <source>How many leads the lead list asks the server for at a time; more rows, fewer requests</source>
        <translation>लीड सूची सर्वर से एक बार में कितनी लीड माँगती है; अधिक पंक्तियाँ, कम अनुरोध</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>निर्यात फ़ोल्डर (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Rows per page:</source>
        <translation>प्रति पृष्ठ पंक्तियाँ (&amp;R):</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>निर्यात फ़ोल्डर</translation>
    </message>
    <message>
        <source>There is no folder %1; choose one that exists, or leave it empty.</source>
        <translation>%1 नाम का कोई फ़ोल्डर नहीं है; कोई मौजूद फ़ोल्डर चुनें, या इसे खाली छोड़ें।</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::RateStepChart</name>
    <message>
        <source>Rates by days outstanding</source>
        <translation>बकाया दिनों के अनुसार दरें</translation>
    </message>
    <message>
        <source>Days outstanding</source>
        <translation>बकाया दिन</translation>
    </message>
    <message>
        <source>%1 on day %2: %3%4</source>
        <translation>दिन %2 पर %1: %3%4</translation>
    </message>
    <message>
        <source>%1 (same as ROI)</source>
        <translation>%1 (ROI के समान)</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::RecordForm</name>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (मुख्य)</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::RecordFormDialog</name>
    <message>
        <source>Unsaved changes are kept as an encrypted draft until you save or discard them.</source>
        <translation>बिना सहेजे बदलाव तब तक एन्क्रिप्ट किए गए ड्राफ़्ट के रूप में रखे जाते हैं जब तक आप उन्हें सहेजते या छोड़ते नहीं।</translation>
    </message>
    <message>
        <source>No keychain answered, so this form&apos;s draft is kept in memory only: if the app crashes, unsaved changes are lost.</source>
        <translation>किसी कीचेन ने उत्तर नहीं दिया, इसलिए इस फ़ॉर्म का ड्राफ़्ट केवल मेमोरी में रखा गया है: ऐप क्रैश होने पर बिना सहेजे बदलाव खो जाएँगे।</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>पहले जैसा करें (&amp;R)</translation>
    </message>
    <message>
        <source>Check the &amp;List</source>
        <translation>सूची जाँचें (&amp;L)</translation>
    </message>
    <message>
        <source>Load the lead&apos;s records again to see whether the server created this one</source>
        <translation>यह देखने के लिए कि सर्वर ने यह रिकॉर्ड बनाया या नहीं, लीड के रिकॉर्ड फिर से लोड करें</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>सहेजें (%1)</translation>
    </message>
    <message>
        <source>The lead&apos;s records are loading again behind this form. If the record is there now, cancel this form; if not, save again.</source>
        <translation>इस फ़ॉर्म के पीछे लीड के रिकॉर्ड फिर से लोड हो रहे हैं। यदि रिकॉर्ड अब वहाँ है, तो यह फ़ॉर्म रद्द करें; नहीं तो फिर से सहेजें।</translation>
    </message>
    <message>
        <source>Restored from a draft of %1. Check the fields, then save.</source>
        <translation>%1 के ड्राफ़्ट से वापस लाया गया। फ़ील्ड जाँचें, फिर सहेजें।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them, or discard them?</source>
        <translation>%1 में ऐसे बदलाव हैं जो सहेजे नहीं गए। इन्हें सहेजें या छोड़ें?</translation>
    </message>
    <message>
        <source>PAN %1</source>
        <translation>PAN %1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>मोबाइल %1</translation>
    </message>
    <message>
        <source>%1 is already on lead &lt;a href=&quot;lead:%2&quot;&gt;%3&lt;/a&gt; (%4, applicant %5).</source>
        <translation>%1 पहले से लीड &lt;a href=&quot;lead:%2&quot;&gt;%3&lt;/a&gt; पर है (%4, आवेदक %5)।</translation>
    </message>
    <message>
        <source>Open a lead to compare; you can still save this applicant.</source>
        <translation>तुलना के लिए लीड खोलें; आप फिर भी यह आवेदक सहेज सकते हैं।</translation>
    </message>
    <message>
        <source>Other leads could not be searched for this PAN and mobile just now.</source>
        <translation>अभी इस PAN और मोबाइल के लिए दूसरी लीड खोजी नहीं जा सकीं।</translation>
    </message>
    <message>
        <source>Not saved yet: look at the possible duplicates below, then save again to go on.</source>
        <translation>अभी सहेजा नहीं गया: नीचे संभावित दोहराव देखें, फिर आगे बढ़ने के लिए फिर से सहेजें।</translation>
    </message>
    <message>
        <source>Looking for this PAN and mobile on other leads…</source>
        <translation>दूसरी लीड पर यह PAN और मोबाइल खोजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>Crego::Widgets::TypeToConfirmDialog</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>पुष्टि के लिए &lt;b&gt;%1&lt;/b&gt; टाइप करें:</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>पुष्टि के लिए %1 टाइप करें</translation>
    </message>
</context>
<context>
    <name>DocumentRoutes</name>
    <message>
        <source>Not found.</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <source>Filter the list with ?related_model_id= or ?lead=.</source>
        <translation>सूची को ?related_model_id= या ?lead= से फ़िल्टर करें।</translation>
    </message>
    <message>
        <source>Send the document as multipart/form-data with a &quot;file&quot; part.</source>
        <translation>दस्तावेज़ को &quot;file&quot; भाग के साथ multipart/form-data के रूप में भेजें।</translation>
    </message>
    <message>
        <source>No file was submitted.</source>
        <translation>कोई फ़ाइल नहीं भेजी गई।</translation>
    </message>
    <message>
        <source>The submitted file is empty.</source>
        <translation>भेजी गई फ़ाइल खाली है।</translation>
    </message>
    <message>
        <source>No %1 has id &quot;%2&quot;.</source>
        <translation>किसी %1 की आईडी &quot;%2&quot; नहीं है।</translation>
    </message>
    <message>
        <source>The document could not be saved; nothing was changed.</source>
        <translation>दस्तावेज़ सहेजा नहीं जा सका; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>This field cannot be changed.</source>
        <translation>यह फ़ील्ड बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation>फ़ाइल %1 से बड़ी है।</translation>
    </message>
    <message>
        <source>Only PDF, PNG, JPEG, TIFF and plain-text files are accepted.</source>
        <translation>केवल PDF, PNG, JPEG, TIFF और सादा पाठ फ़ाइलें स्वीकार की जाती हैं।</translation>
    </message>
    <message>
        <source>A document can only move to a record of the same lead.</source>
        <translation>दस्तावेज़ केवल उसी लीड के किसी रिकॉर्ड में जा सकता है।</translation>
    </message>
</context>
<context>
    <name>DocumentRules</name>
    <message>
        <source>PAN card</source>
        <translation>PAN कार्ड</translation>
    </message>
    <message>
        <source>Aadhaar (masked)</source>
        <translation>आधार (छिपा हुआ)</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>बैंक स्टेटमेंट</translation>
    </message>
    <message>
        <source>GST certificate</source>
        <translation>GST प्रमाणपत्र</translation>
    </message>
    <message>
        <source>Income tax return (ITR)</source>
        <translation>आयकर रिटर्न (ITR)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>इनवॉइस</translation>
    </message>
    <message>
        <source>Sanction letter</source>
        <translation>स्वीकृति पत्र</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Choose what kind of document this is</source>
        <translation>चुनें कि यह किस तरह का दस्तावेज़ है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document type; use one of %2</source>
        <translation>&quot;%1&quot; दस्तावेज़ का प्रकार नहीं है; इनमें से एक चुनें: %2</translation>
    </message>
    <message>
        <source>Enter a name, such as the file&apos;s name</source>
        <translation>नाम दर्ज करें, जैसे फ़ाइल का नाम</translation>
    </message>
    <message>
        <source>Use at most 200 characters</source>
        <translation>अधिकतम 200 अक्षर लिखें</translation>
    </message>
    <message>
        <source>A name cannot contain / or \</source>
        <translation>नाम में / या \ नहीं हो सकता</translation>
    </message>
    <message>
        <source>Use at most 1000 characters</source>
        <translation>अधिकतम 1000 अक्षर लिखें</translation>
    </message>
    <message>
        <source>Choose the lead, an applicant or a bank account</source>
        <translation>लीड, कोई आवेदक या कोई बैंक खाता चुनें</translation>
    </message>
    <message>
        <source>Choose the record this document belongs to</source>
        <translation>वह रिकॉर्ड चुनें जिसका यह दस्तावेज़ है</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 खाली है।</translation>
    </message>
    <message>
        <source>%1 is %2; the server accepts files up to %3.</source>
        <translation>%1 का आकार %2 है; सर्वर %3 तक की फ़ाइलें स्वीकार करता है।</translation>
    </message>
    <message>
        <source>%1 is a file of type %2; only PDF, PNG, JPEG, TIFF and plain-text files can be uploaded.</source>
        <translation>%1 %2 प्रकार की फ़ाइल है; केवल PDF, PNG, JPEG, TIFF और सादा पाठ फ़ाइलें अपलोड की जा सकती हैं।</translation>
    </message>
</context>
<context>
    <name>DpdBucket</name>
    <message>
        <source>Current</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>SMA-0</source>
        <translation>SMA-0</translation>
    </message>
    <message>
        <source>SMA-1</source>
        <translation>SMA-1</translation>
    </message>
    <message>
        <source>SMA-2</source>
        <translation>SMA-2</translation>
    </message>
    <message>
        <source>NPA</source>
        <translation>NPA</translation>
    </message>
    <message>
        <source>0 days</source>
        <translation>0 दिन</translation>
    </message>
    <message>
        <source>91+ days</source>
        <translation>91+ दिन</translation>
    </message>
    <message>
        <source>%1-%2 days</source>
        <translation>%1-%2 दिन</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>latency_ms must be N or N-M milliseconds</source>
        <translation>latency_ms में N या N-M मिलीसेकंड होने चाहिए</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1</source>
        <translation>%1 में 0 से 1 तक की संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>auth_expire_after must be 0 or more</source>
        <translation>auth_expire_after 0 या अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>pagination must be one of %1</source>
        <translation>pagination इनमें से एक होना चाहिए: %1</translation>
    </message>
</context>
<context>
    <name>GstinValidator</name>
    <message>
        <source>Enter the GSTIN</source>
        <translation>GSTIN दर्ज करें</translation>
    </message>
    <message>
        <source>A GSTIN has 15 characters; this has %1</source>
        <translation>GSTIN में 15 अक्षर होते हैं; इसमें %1 हैं</translation>
    </message>
    <message>
        <source>A GSTIN starts with a state code such as 07 or 27; &quot;%1&quot; is not one</source>
        <translation>GSTIN 07 या 27 जैसे राज्य कोड से शुरू होता है; &quot;%1&quot; ऐसा कोड नहीं है</translation>
    </message>
    <message>
        <source>Characters 3 to 12 of a GSTIN are the holder&apos;s PAN: %1</source>
        <translation>GSTIN के अक्षर 3 से 12 धारक का PAN होते हैं: %1</translation>
    </message>
    <message>
        <source>A GSTIN ends with the entity number (1-9 or A-Z), the letter Z and a check character</source>
        <translation>GSTIN इकाई संख्या (1-9 या A-Z), अक्षर Z और एक जाँच अक्षर पर समाप्त होता है</translation>
    </message>
    <message>
        <source>The last character of this GSTIN does not match its check character; look for a mistyped character</source>
        <translation>इस GSTIN का अंतिम अक्षर उसके जाँच अक्षर से मेल नहीं खाता; कोई गलत टाइप हुआ अक्षर देखें</translation>
    </message>
    <message>
        <source>The GSTIN carries PAN %1, not the applicant&apos;s PAN %2</source>
        <translation>GSTIN में PAN %1 है, आवेदक का PAN %2 नहीं</translation>
    </message>
</context>
<context>
    <name>IfscDirectory</name>
    <message>
        <source>No bank uses the code %1; check the first four letters</source>
        <translation>कोई बैंक कोड %1 का उपयोग नहीं करता; पहले चार अक्षर जाँचें</translation>
    </message>
    <message>
        <source>%1 has no branch %2; check the last six characters</source>
        <translation>%1 की कोई शाखा %2 नहीं है; अंतिम छह अक्षर जाँचें</translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <source>integer %1 is out of range</source>
        <translation>पूर्णांक %1 सीमा से बाहर है</translation>
    </message>
    <message>
        <source>%1 is not a valid time</source>
        <translation>%1 मान्य समय नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 तिथि (YYYY-MM-DD) नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; संख्या नहीं है</translation>
    </message>
    <message>
        <source>amount %1 is not a number in range</source>
        <translation>राशि %1 सीमा के भीतर की संख्या नहीं है</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>पाठ मान्य UTF-8 नहीं है</translation>
    </message>
    <message>
        <source>JSON is nested too deeply</source>
        <translation>JSON बहुत गहराई तक नेस्ट किया गया है</translation>
    </message>
    <message>
        <source>number is malformed or out of range</source>
        <translation>संख्या गलत है या सीमा से बाहर है</translation>
    </message>
    <message>
        <source>JSON document is too large</source>
        <translation>JSON दस्तावेज़ बहुत बड़ा है</translation>
    </message>
    <message>
        <source>response is empty</source>
        <translation>उत्तर खाली है</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>गलत JSON (%1)</translation>
    </message>
    <message>
        <source>expected an object or an array at the top</source>
        <translation>सबसे ऊपर ऑब्जेक्ट या ऐरे अपेक्षित था</translation>
    </message>
    <message>
        <source>response is not JSON; it starts with &quot;%1&quot;</source>
        <translation>उत्तर JSON नहीं है; यह &quot;%1&quot; से शुरू होता है</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>गलत JSON</translation>
    </message>
    <message>
        <source>array</source>
        <translation>ऐरे</translation>
    </message>
    <message>
        <source>object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>string</source>
        <translation>स्ट्रिंग</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>बूलियन</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>अज्ञात मान</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 अपेक्षित था, %2 मिला</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>पूर्णांक</translation>
    </message>
    <message>
        <source>expected integer, got %1</source>
        <translation>पूर्णांक अपेक्षित था, %1 मिला</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>आवश्यक फ़ील्ड नहीं है</translation>
    </message>
</context>
<context>
    <name>LeadColumns</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation>रेफ़ आईडी</translation>
    </message>
    <message>
        <source>Primary mobile</source>
        <translation>मुख्य मोबाइल</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Approved line (₹)</source>
        <translation>स्वीकृत लाइन (₹)</translation>
    </message>
    <message>
        <source>Operative line (₹)</source>
        <translation>सक्रिय लाइन (₹)</translation>
    </message>
    <message>
        <source>Available line (₹)</source>
        <translation>उपलब्ध लाइन (₹)</translation>
    </message>
    <message>
        <source>Outstanding (₹)</source>
        <translation>बकाया (₹)</translation>
    </message>
    <message>
        <source>DPD (days)</source>
        <translation>DPD (दिन)</translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation>DPD बकेट</translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation>NPA वर्ग</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>लाइनें</translation>
    </message>
</context>
<context>
    <name>LeadDetailPage</name>
    <message>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>क्रेडिट लाइन</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>बैंक खाते</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Send to Service</source>
        <translation>सेवा को भेजें</translation>
    </message>
    <message>
        <source>Open in New Window</source>
        <translation>नई विंडो में खोलें</translation>
    </message>
    <message>
        <source>&amp;Add Applicant…</source>
        <translation>आवेदक जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add an applicant to this lead</source>
        <translation>इस लीड में आवेदक जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected applicant (or double-click it)</source>
        <translation>चुने गए आवेदक को संपादित करें (या उस पर डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected applicant</source>
        <translation>चुना गया आवेदक हटाएँ</translation>
    </message>
    <message>
        <source>Mark as &amp;Primary</source>
        <translation>मुख्य बनाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Make the selected applicant the primary applicant of this lead</source>
        <translation>चुने गए आवेदक को इस लीड का मुख्य आवेदक बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Add Bank Account…</source>
        <translation>बैंक खाता जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a bank account of one of the applicants</source>
        <translation>किसी आवेदक का बैंक खाता जोड़ें</translation>
    </message>
    <message>
        <source>Edit the selected bank account (or double-click it)</source>
        <translation>चुने गए बैंक खाते को संपादित करें (या उस पर डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>Delete the selected bank account</source>
        <translation>चुना गया बैंक खाता हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Verify Account…</source>
        <translation>खाता सत्यापित करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Penny-drop verification of the selected account with its bank (may cost money)</source>
        <translation>चुने गए खाते का उसके बैंक से पेनी-ड्रॉप सत्यापन (शुल्क लग सकता है)</translation>
    </message>
    <message>
        <source>Borrower &amp;Token…</source>
        <translation>उधारकर्ता टोकन (&amp;T)…</translation>
    </message>
    <message>
        <source>Issue a token a borrower-facing app can act with for this borrower; shown once</source>
        <translation>ऐसा टोकन जारी करें जिससे उधारकर्ता के लिए बना ऐप इस उधारकर्ता की ओर से काम कर सके; एक ही बार दिखता है</translation>
    </message>
    <message>
        <source>&amp;Add Address…</source>
        <translation>पता जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add an address of one of the applicants</source>
        <translation>किसी आवेदक का पता जोड़ें</translation>
    </message>
    <message>
        <source>Edit the selected address (or double-click it)</source>
        <translation>चुने गए पते को संपादित करें (या उस पर डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>&amp;Same Address as…</source>
        <translation>इसके समान पता (&amp;S)…</translation>
    </message>
    <message>
        <source>A new address of another type for the same applicant, copied from the selected one (e.g. permanent same as current)</source>
        <translation>उसी आवेदक के लिए दूसरे प्रकार का नया पता, चुने गए पते से कॉपी किया हुआ (जैसे स्थायी पता वर्तमान के समान)</translation>
    </message>
    <message>
        <source>Delete the selected address</source>
        <translation>चुना गया पता हटाएँ</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>दस्तावेज़ (&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected applicant&apos;s documents, and upload more</source>
        <translation>चुने गए आवेदक के दस्तावेज़ दिखाएँ, और अधिक अपलोड करें</translation>
    </message>
    <message>
        <source>Show the selected account&apos;s documents (statements, cheques), and upload more</source>
        <translation>चुने गए खाते के दस्तावेज़ (स्टेटमेंट, चेक) दिखाएँ, और अधिक अपलोड करें</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>निर्यात (&amp;X)</translation>
    </message>
    <message>
        <source>The borrower&apos;s line report as an Excel workbook or a PDF, or printed</source>
        <translation>उधारकर्ता की लाइन रिपोर्ट Excel वर्कबुक या PDF के रूप में, या प्रिंट</translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation>लीड का विवरण</translation>
    </message>
    <message>
        <source>Overview, credit line, applicants, bank accounts, documents and addresses of this lead</source>
        <translation>इस लीड का सारांश, क्रेडिट लाइन, आवेदक, बैंक खाते, दस्तावेज़ और पते</translation>
    </message>
    <message>
        <source>The applicants of this lead, the primary one marked</source>
        <translation>इस लीड के आवेदक, मुख्य आवेदक चिह्नित</translation>
    </message>
    <message>
        <source>The bank accounts of the applicants, numbers masked, with their verification</source>
        <translation>आवेदकों के बैंक खाते, संख्याएँ छिपी हुई, उनके सत्यापन के साथ</translation>
    </message>
    <message>
        <source>The addresses of the applicants</source>
        <translation>आवेदकों के पते</translation>
    </message>
</context>
<context>
    <name>LeadListPage</name>
    <message>
        <source>Search by name, ref ID, mobile or PAN</source>
        <translation>नाम, रेफ़ आईडी, मोबाइल या PAN से खोजें</translation>
    </message>
    <message>
        <source>NPA class:</source>
        <translation>NPA वर्ग:</translation>
    </message>
    <message>
        <source>DPD:</source>
        <translation>DPD:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>उत्पाद:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>प्रोग्राम:</translation>
    </message>
    <message>
        <source>Totals and charts over every lead matching these filters</source>
        <translation>इन फ़िल्टर से मेल खाने वाली हर लीड के योग और चार्ट</translation>
    </message>
    <message>
        <source>Portfolio…</source>
        <translation>पोर्टफ़ोलियो…</translation>
    </message>
    <message>
        <source>Show All Matching Leads</source>
        <translation>सभी मेल खाती लीड दिखाएँ</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>लीड खोजें</translation>
    </message>
    <message>
        <source>Finds leads by name, ref ID, mobile or PAN as you type</source>
        <translation>टाइप करते ही नाम, रेफ़ आईडी, मोबाइल या PAN से लीड खोजता है</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>One lead per row: name, ref ID, mobile, program, status, approved line, outstanding, DPD, NPA class, created</source>
        <translation>हर पंक्ति में एक लीड: नाम, रेफ़ आईडी, मोबाइल, प्रोग्राम, स्थिति, स्वीकृत लाइन, बकाया, DPD, NPA वर्ग, बनाने की तिथि</translation>
    </message>
</context>
<context>
    <name>LeadListQuery</name>
    <message>
        <source>Cannot order by &quot;%1&quot;; use one of: %2</source>
        <translation>&quot;%1&quot; के अनुसार क्रम नहीं लगाया जा सकता; इनमें से एक चुनें: %2</translation>
    </message>
    <message>
        <source>Enter a whole number of days, 0 or more.</source>
        <translation>दिनों की पूर्ण संख्या दर्ज करें, 0 या अधिक।</translation>
    </message>
    <message>
        <source>A valid integer of 1 or more is required.</source>
        <translation>1 या अधिक का मान्य पूर्णांक चाहिए।</translation>
    </message>
</context>
<context>
    <name>LeadListWorkbook</name>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Lead list exported from Crego Desk</source>
        <translation>क्रेगो डेस्क से निर्यात की गई लीड सूची</translation>
    </message>
    <message>
        <source>Leads: all</source>
        <translation>लीड: सभी</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>लीड: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>कनेक्शन: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Mobile numbers: in full, as the user chose</source>
        <translation>मोबाइल नंबर: पूरे, जैसा उपयोगकर्ता ने चुना</translation>
    </message>
    <message>
        <source>Mobile numbers: masked</source>
        <translation>मोबाइल नंबर: छिपे हुए</translation>
    </message>
</context>
<context>
    <name>LeadRecordModels</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>धारक</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <source>Name at bank</source>
        <translation>बैंक में नाम</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>मेल</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>अपलोड हुआ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>पिनकोड</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>DPD</source>
        <translation>DPD</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Peak DPD</source>
        <translation>अधिकतम DPD</translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation>NPA वर्ग</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>रोक</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>रोक पर</translation>
    </message>
    <message>
        <source>No line yet</source>
        <translation>अभी कोई लाइन नहीं</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>मेल खाता है</translation>
    </message>
    <message>
        <source>Does not match</source>
        <translation>मेल नहीं खाता</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>★ %1 (primary)</source>
        <translation>★ %1 (मुख्य)</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>डाकघर</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>थंबनेल</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>किसका है</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n lines</source>
        <translation>
            <numerusform>%n लाइन का योग</numerusform>
            <numerusform>%n लाइनों का योग</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) worst</source>
        <translation>%1 (%2) सबसे खराब</translation>
    </message>
</context>
<context>
    <name>LeadRoutes</name>
    <message>
        <source>Not found.</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <source>Invalid pk &quot;%1&quot; - object does not exist.</source>
        <translation>अमान्य pk &quot;%1&quot; - ऑब्जेक्ट मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>A lead needs at least one applicant.</source>
        <translation>लीड में कम से कम एक आवेदक चाहिए।</translation>
    </message>
    <message>
        <source>Only one applicant can be primary.</source>
        <translation>केवल एक आवेदक मुख्य हो सकता है।</translation>
    </message>
    <message>
        <source>The lead could not be saved; nothing was changed.</source>
        <translation>लीड सहेजी नहीं जा सकी; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The lead could not be deleted; nothing was changed.</source>
        <translation>लीड हटाई नहीं जा सकी; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>LeadServiceRoutes</name>
    <message>
        <source>Not found.</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice; use %2.</source>
        <translation>&quot;%1&quot; मान्य विकल्प नहीं है; %2 लिखें।</translation>
    </message>
    <message>
        <source>This lead already has a %1 account (%2).</source>
        <translation>इस लीड का पहले से %1 खाता है (%2)।</translation>
    </message>
    <message>
        <source>The lead could not be sent; nothing was changed.</source>
        <translation>लीड भेजी नहीं जा सकी; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The token could not be issued.</source>
        <translation>टोकन जारी नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>Crego sandbox (server export)</source>
        <translation>क्रेगो सैंडबॉक्स (सर्वर निर्यात)</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>निर्यात लिखा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>LineComponent</name>
    <message>
        <source>Principal</source>
        <translation>मूलधन</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>ब्याज</translation>
    </message>
    <message>
        <source>Overdue interest</source>
        <translation>अतिदेय ब्याज</translation>
    </message>
    <message>
        <source>Penal interest</source>
        <translation>दंड ब्याज</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>LineMetrics</name>
    <message>
        <source>The operative line (%1) is larger than the approved line (%2).</source>
        <translation>सक्रिय लाइन (%1) स्वीकृत लाइन (%2) से बड़ी है।</translation>
    </message>
    <message>
        <source>The available line (%1) should be operative − principal outstanding − pending disbursal (%2).</source>
        <translation>उपलब्ध लाइन (%1) सक्रिय − बकाया मूलधन − लंबित वितरण (%2) होनी चाहिए।</translation>
    </message>
    <message>
        <source>Total paid (%1) is not the sum of principal, interest, overdue and penal paid.</source>
        <translation>कुल भुगतान (%1) मूलधन, ब्याज, अतिदेय और दंड भुगतान का योग नहीं है।</translation>
    </message>
    <message>
        <source>Total outstanding (%1) is not the sum of principal, interest, overdue and penal outstanding.</source>
        <translation>कुल बकाया (%1) मूलधन, ब्याज, अतिदेय और दंड बकाया का योग नहीं है।</translation>
    </message>
    <message>
        <source>Peak DPD (%1) is lower than current DPD (%2).</source>
        <translation>अधिकतम DPD (%1) वर्तमान DPD (%2) से कम है।</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>कोई समाप्ति नहीं</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>1 दिन पहले समाप्त</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>%1 दिन पहले समाप्त</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>आज समाप्त होती है</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>1 दिन में</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 दिन में</translation>
    </message>
    <message>
        <source>The line is on hold: no drawdowns until it is released.</source>
        <translation>लाइन रोक पर है: छोड़े जाने तक कोई निकासी नहीं।</translation>
    </message>
    <message>
        <source>The line has expired (%1).</source>
        <translation>लाइन की अवधि समाप्त हो गई है (%1)।</translation>
    </message>
</context>
<context>
    <name>LineReportDocument</name>
    <message>
        <source>Line report — %1 (%2)</source>
        <translation>लाइन रिपोर्ट — %1 (%2)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>कनेक्शन: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Status: %1 · account numbers and Aadhaar: last four digits only</source>
        <translation>स्थिति: %1 · खाता संख्याएँ और आधार: केवल अंतिम चार अंक</translation>
    </message>
    <message>
        <source>Primary applicant: %1 (%2), PAN %3, mobile %4</source>
        <translation>मुख्य आवेदक: %1 (%2), PAN %3, मोबाइल %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>इकाई का प्रकार</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>बैंक खाते</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>खाताधारक</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>किसका है</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>अपलोड हुआ</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (primary)</source>
        <translation> (मुख्य)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Used (principal outstanding)</source>
        <translation>उपयोग किया (बकाया मूलधन)</translation>
    </message>
    <message>
        <source>Blocked (pending disbursal)</source>
        <translation>अवरुद्ध (लंबित वितरण)</translation>
    </message>
    <message>
        <source>Utilization %1% · DPD %2 (peak %3) · bucket %4 (%5) · NPA class %6 (%7) · expiry %8</source>
        <translation>उपयोग %1% · DPD %2 (अधिकतम %3) · बकेट %4 (%5) · NPA वर्ग %6 (%7) · समाप्ति %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>जाँच: %1</translation>
    </message>
    <message>
        <source>Outstanding against paid</source>
        <translation>बकाया बनाम भुगतान</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान किया</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>अभी देय</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>मूल्य निर्धारण</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Slab</source>
        <translation>स्लैब</translation>
    </message>
    <message>
        <source>Loan parameter</source>
        <translation>ऋण मानदंड</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Line report — %1</source>
        <translation>लाइन रिपोर्ट — %1</translation>
    </message>
</context>
<context>
    <name>LineReportWorkbook</name>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>मूल्य निर्धारण</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>बैंक खाते</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Line report — %1</source>
        <translation>लाइन रिपोर्ट — %1</translation>
    </message>
    <message>
        <source>Credit line report of %1 (%2) exported from Crego Desk</source>
        <translation>%1 (%2) की क्रेडिट लाइन रिपोर्ट, क्रेगो डेस्क से निर्यात की गई</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>कनेक्शन: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Account numbers: in full — the user chose to include them and confirmed</source>
        <translation>खाता संख्याएँ: पूरी — उपयोगकर्ता ने इन्हें शामिल करना चुना और पुष्टि की</translation>
    </message>
    <message>
        <source>Account numbers: masked (last four digits); Aadhaar: last four digits</source>
        <translation>खाता संख्याएँ: छिपी हुई (अंतिम चार अंक); आधार: अंतिम चार अंक</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Primary applicant: %1 (%2), PAN %3, mobile %4</source>
        <translation>मुख्य आवेदक: %1 (%2), PAN %3, मोबाइल %4</translation>
    </message>
    <message>
        <source>1 program</source>
        <translation>1 प्रोग्राम</translation>
    </message>
    <message>
        <source>%1 programs</source>
        <translation>%1 प्रोग्राम</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>प्रोग्राम</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Approved (₹)</source>
        <translation>स्वीकृत (₹)</translation>
    </message>
    <message>
        <source>Operative (₹)</source>
        <translation>सक्रिय (₹)</translation>
    </message>
    <message>
        <source>Available (₹)</source>
        <translation>उपलब्ध (₹)</translation>
    </message>
    <message>
        <source>Used — principal outstanding (₹)</source>
        <translation>उपयोग — बकाया मूलधन (₹)</translation>
    </message>
    <message>
        <source>Blocked — pending disbursal (₹)</source>
        <translation>अवरुद्ध — लंबित वितरण (₹)</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <source>Total outstanding (₹)</source>
        <translation>कुल बकाया (₹)</translation>
    </message>
    <message>
        <source>DPD (days)</source>
        <translation>DPD (दिन)</translation>
    </message>
    <message>
        <source>Peak DPD (days)</source>
        <translation>अधिकतम DPD (दिन)</translation>
    </message>
    <message>
        <source>DPD bucket</source>
        <translation>DPD बकेट</translation>
    </message>
    <message>
        <source>NPA class</source>
        <translation>NPA वर्ग</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>रोक पर</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Line expires</source>
        <translation>लाइन की समाप्ति</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>चेतावनियाँ</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>आँकड़े इस समय तक</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation>प्रोग्राम आईडी</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>उत्पाद का प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Line activated</source>
        <translation>लाइन सक्रिय हुई</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट की गई</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>Outstanding (₹)</source>
        <translation>बकाया (₹)</translation>
    </message>
    <message>
        <source>Paid (₹)</source>
        <translation>भुगतान किया (₹)</translation>
    </message>
    <message>
        <source>Due now (₹)</source>
        <translation>अभी देय (₹)</translation>
    </message>
    <message>
        <source>Due amount (₹)</source>
        <translation>देय राशि (₹)</translation>
    </message>
    <message>
        <source>Loans due</source>
        <translation>देय ऋण</translation>
    </message>
    <message>
        <source>Principal due (₹)</source>
        <translation>देय मूलधन (₹)</translation>
    </message>
    <message>
        <source>Interest due (₹)</source>
        <translation>देय ब्याज (₹)</translation>
    </message>
    <message>
        <source>Overdue interest due (₹)</source>
        <translation>देय अतिदेय ब्याज (₹)</translation>
    </message>
    <message>
        <source>Penal interest due (₹)</source>
        <translation>देय दंड ब्याज (₹)</translation>
    </message>
    <message>
        <source>Excess payment (₹)</source>
        <translation>अधिक भुगतान (₹)</translation>
    </message>
    <message>
        <source>Disbursed (₹)</source>
        <translation>वितरित (₹)</translation>
    </message>
    <message>
        <source>Pending disbursal (₹)</source>
        <translation>लंबित वितरण (₹)</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>टॉप-अप</translation>
    </message>
    <message>
        <source>Subvention (₹)</source>
        <translation>सब्वेंशन (₹)</translation>
    </message>
    <message>
        <source>Subvention acknowledged (₹)</source>
        <translation>स्वीकृत सब्वेंशन (₹)</translation>
    </message>
    <message>
        <source>Cashback available (₹)</source>
        <translation>उपलब्ध कैशबैक (₹)</translation>
    </message>
    <message>
        <source>Cashback released (₹)</source>
        <translation>जारी कैशबैक (₹)</translation>
    </message>
    <message>
        <source>Cashback adjusted (₹)</source>
        <translation>समायोजित कैशबैक (₹)</translation>
    </message>
    <message>
        <source>Holdback (₹)</source>
        <translation>होल्डबैक (₹)</translation>
    </message>
    <message>
        <source>Rate or parameter</source>
        <translation>दर या मानदंड</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>शब्दों में</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>दिन से</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>दिन तक</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation>कोई ऊपरी सीमा नहीं</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>इकाई का प्रकार</translation>
    </message>
    <message>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Aadhaar</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>Relation to primary</source>
        <translation>मुख्य आवेदक से संबंध</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>खाताधारक</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>बैंक</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>शाखा</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>खाते का प्रकार</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <source>Name at bank</source>
        <translation>बैंक में नाम</translation>
    </message>
    <message>
        <source>Name match</source>
        <translation>नाम मिलान</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>किसका है</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>मेल खाता है</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>मेल नहीं खाता</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>लैंडमार्क</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>डाकघर</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>पिनकोड</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>आकार (बाइट)</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>सामग्री का प्रकार</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>अपलोड हुआ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
</context>
<context>
    <name>LoanPricing</name>
    <message>
        <source>not set</source>
        <translation>निर्धारित नहीं</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Overdue ROI</source>
        <translation>अतिदेय ROI</translation>
    </message>
    <message>
        <source>Penal ROI</source>
        <translation>दंड ROI</translation>
    </message>
    <message>
        <source>Same as ROI</source>
        <translation>ROI के समान</translation>
    </message>
    <message>
        <source>By days outstanding</source>
        <translation>बकाया दिनों के अनुसार</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>एकसमान दर</translation>
    </message>
    <message>
        <source>% p.m.</source>
        <translation>% प्रति माह</translation>
    </message>
    <message>
        <source>% per day</source>
        <translation>% प्रति दिन</translation>
    </message>
    <message>
        <source>% p.a.</source>
        <translation>% प्रति वर्ष</translation>
    </message>
    <message>
        <source>% per %1</source>
        <translation>% प्रति %1</translation>
    </message>
    <message>
        <source>%1 from day %2, no upper bound</source>
        <translation>दिन %2 से %1, कोई ऊपरी सीमा नहीं</translation>
    </message>
    <message>
        <source>%1 from day %2 to day %3</source>
        <translation>दिन %2 से दिन %3 तक %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 दिन</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Tenure counted</source>
        <translation>अवधि की गणना</translation>
    </message>
    <message>
        <source>Tenure starts at</source>
        <translation>अवधि की शुरुआत</translation>
    </message>
    <message>
        <source>Interest starts</source>
        <translation>ब्याज की शुरुआत</translation>
    </message>
    <message>
        <source>Day count</source>
        <translation>दिन गणना</translation>
    </message>
    <message>
        <source>%1 days a month, %2 days a year</source>
        <translation>महीने में %1 दिन, वर्ष में %2 दिन</translation>
    </message>
    <message>
        <source>Interest lock-in</source>
        <translation>ब्याज लॉक-इन</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Penal interest starts</source>
        <translation>दंड ब्याज की शुरुआत</translation>
    </message>
    <message>
        <source>On the due date</source>
        <translation>देय तिथि पर</translation>
    </message>
    <message>
        <source>%1 after the due date</source>
        <translation>देय तिथि के %1 बाद</translation>
    </message>
    <message>
        <source>Subvention</source>
        <translation>सब्वेंशन</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 के लिए %1</translation>
    </message>
    <message>
        <source>Cashback</source>
        <translation>कैशबैक</translation>
    </message>
    <message>
        <source>Paid to %1, used as %2, released at %3</source>
        <translation>%1 को भुगतान, %2 के रूप में उपयोग, %3 पर जारी</translation>
    </message>
    <message>
        <source>; deduction %1</source>
        <translation>; कटौती %1</translation>
    </message>
    <message>
        <source>Holdback</source>
        <translation>होल्डबैक</translation>
    </message>
    <message>
        <source>%1% of each disbursal</source>
        <translation>हर वितरण का %1%</translation>
    </message>
    <message>
        <source>, returned to %1</source>
        <translation>, %1 को लौटाया गया</translation>
    </message>
    <message>
        <source>, not returned</source>
        <translation>, लौटाया नहीं गया</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Crego Desk</source>
        <translation>क्रेगो डेस्क</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>स्वागत</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Crego Desk&lt;/h2&gt;&lt;p&gt;Leads, applicants and credit lines from the Crego lending API.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;क्रेगो डेस्क में आपका स्वागत है&lt;/h2&gt;&lt;p&gt;क्रेगो लेंडिंग API से लीड, आवेदक और क्रेडिट लाइनें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>पूर्ण स्क्रीन (&amp;F)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;About Crego Desk</source>
        <translation>क्रेगो डेस्क के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>कनेक्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>साइन आउट (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>नई लीड (&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Delete Lead…</source>
        <translation>लीड हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश (&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>लीड खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Portfolio Dashboard</source>
        <translation>पोर्टफ़ोलियो डैशबोर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात (&amp;E)…</translation>
    </message>
    <message>
        <source>Export what this tab shows to an Excel workbook: the lead list (all pages), a lead&apos;s line report, or the portfolio</source>
        <translation>इस टैब में दिख रही जानकारी को Excel वर्कबुक में निर्यात करें: लीड सूची (सभी पृष्ठ), किसी लीड की लाइन रिपोर्ट, या पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>टैब बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Close the lead or portfolio tab in front (the lead list stays open)</source>
        <translation>सामने वाला लीड या पोर्टफ़ोलियो टैब बंद करें (लीड सूची खुली रहती है)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>अगला टैब (&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>पिछला टैब (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut of the app, searchable</source>
        <translation>ऐप का हर शॉर्टकट, खोजने योग्य</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>वरीयताएँ (&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, export folder and rows per page</source>
        <translation>भाषा, थीम, निर्यात फ़ोल्डर और प्रति पृष्ठ पंक्तियाँ</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>कार्यक्षेत्र</translation>
    </message>
    <message>
        <source>The lead list, the leads you opened and the portfolio, one tab each</source>
        <translation>लीड सूची, आपकी खोली गई लीड और पोर्टफ़ोलियो, हर एक का अलग टैब</translation>
    </message>
</context>
<context>
    <name>MoneyFormatter</name>
    <message>
        <source>Cr</source>
        <translation>करोड़</translation>
    </message>
    <message>
        <source>L</source>
        <translation>लाख</translation>
    </message>
</context>
<context>
    <name>MoneyParser</name>
    <message>
        <source>Enter an amount, for example 5,00,000 or 5 lakh</source>
        <translation>राशि दर्ज करें, जैसे 5,00,000 या 5 लाख</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; use digits, for example 5,00,000 or 5 lakh</source>
        <translation>&quot;%1&quot; राशि नहीं है; अंक लिखें, जैसे 5,00,000 या 5 लाख</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has misplaced commas</source>
        <translation>&quot;%1&quot; में अल्पविराम गलत जगह हैं</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: use k, lakh or crore</source>
        <translation>अज्ञात इकाई &quot;%1&quot;: k, lakh या crore लिखें</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (paise)</source>
        <translation>राशि में अधिकतम दो दशमलव स्थान (पैसे) होते हैं</translation>
    </message>
    <message>
        <source>That is a fraction of a paisa; give at most two decimal places of rupees</source>
        <translation>यह पैसे का भी अंश है; रुपयों के अधिकतम दो दशमलव स्थान दें</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>राशि बहुत बड़ी है</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>राशि ऋणात्मक नहीं हो सकती</translation>
    </message>
</context>
<context>
    <name>PageReader</name>
    <message>
        <source>expected a list or a page of results</source>
        <translation>सूची या परिणामों का पृष्ठ अपेक्षित था</translation>
    </message>
    <message>
        <source>page has no &quot;results&quot; list</source>
        <translation>पृष्ठ में &quot;results&quot; सूची नहीं है</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Totals and the breakdowns of the portfolio, each as a chart and a table</source>
        <translation>पोर्टफ़ोलियो के योग और विभाजन, हर एक चार्ट और तालिका के रूप में</translation>
    </message>
    <message>
        <source>Exposure by program</source>
        <translation>प्रोग्राम के अनुसार एक्सपोज़र</translation>
    </message>
    <message>
        <source>Per program: leads, approved, outstanding and available</source>
        <translation>हर प्रोग्राम के लिए: लीड, स्वीकृत, बकाया और उपलब्ध</translation>
    </message>
</context>
<context>
    <name>PortfolioSeeder</name>
    <message>
        <source>Seeding the demo portfolio failed; nothing was written.</source>
        <translation>डेमो पोर्टफ़ोलियो बनाना विफल रहा; कुछ भी नहीं लिखा गया।</translation>
    </message>
</context>
<context>
    <name>PortfolioWorkbook</name>
    <message>
        <source>Portfolio</source>
        <translation>पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Portfolio summary exported from Crego Desk</source>
        <translation>क्रेगो डेस्क से निर्यात किया गया पोर्टफ़ोलियो सारांश</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>योग</translation>
    </message>
    <message>
        <source>Portfolio totals</source>
        <translation>पोर्टफ़ोलियो के योग</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Leads of the portfolio</source>
        <translation>पोर्टफ़ोलियो की लीड</translation>
    </message>
    <message>
        <source>Leads of the portfolio in %1</source>
        <translation>%1 में पोर्टफ़ोलियो की लीड</translation>
    </message>
    <message>
        <source>Mobile numbers: masked</source>
        <translation>मोबाइल नंबर: छिपे हुए</translation>
    </message>
    <message>
        <source>Leads: all</source>
        <translation>लीड: सभी</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>लीड: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>कनेक्शन: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Leads without a credit line</source>
        <translation>बिना क्रेडिट लाइन वाली लीड</translation>
    </message>
    <message>
        <source>Approved (₹)</source>
        <translation>स्वीकृत (₹)</translation>
    </message>
    <message>
        <source>Outstanding (₹)</source>
        <translation>बकाया (₹)</translation>
    </message>
    <message>
        <source>Available (₹)</source>
        <translation>उपलब्ध (₹)</translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation>लीड में हिस्सा</translation>
    </message>
    <message>
        <source>Share of outstanding</source>
        <translation>बकाया में हिस्सा</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट वापस लाएँ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>This field is required.</source>
        <translation>यह फ़ील्ड आवश्यक है।</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters.</source>
        <translation>%1 से %2 अक्षर लिखें।</translation>
    </message>
</context>
<context>
    <name>RequestBody</name>
    <message>
        <source>Unsupported media type &quot;%1&quot;; send application/json.</source>
        <translation>असमर्थित मीडिया प्रकार &quot;%1&quot;; application/json भेजें।</translation>
    </message>
    <message>
        <source>JSON parse error - %1</source>
        <translation>JSON पार्स त्रुटि - %1</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>JSON ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
</context>
<context>
    <name>ResourceRoutes</name>
    <message>
        <source>Not found.</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>यह फ़ील्ड आवश्यक है।</translation>
    </message>
    <message>
        <source>Invalid pk &quot;%1&quot; - object does not exist.</source>
        <translation>अमान्य pk &quot;%1&quot; - ऑब्जेक्ट मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The record could not be saved; nothing was changed.</source>
        <translation>रिकॉर्ड सहेजा नहीं जा सका; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Filter the list with ?%1= or ?lead=.</source>
        <translation>सूची को ?%1= या ?lead= से फ़िल्टर करें।</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>यह फ़ील्ड यहाँ बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The record could not be deleted; nothing was changed.</source>
        <translation>रिकॉर्ड हटाया नहीं जा सका; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>RoiSlabTable</name>
    <message>
        <source>slab %1: rate %2 is not a valid percentage</source>
        <translation>स्लैब %1: दर %2 मान्य प्रतिशत नहीं है</translation>
    </message>
    <message>
        <source>slab %1 follows an open-ended slab; only the last slab may be open-ended</source>
        <translation>स्लैब %1 एक खुले सिरे वाले स्लैब के बाद है; केवल अंतिम स्लैब खुले सिरे वाला हो सकता है</translation>
    </message>
    <message>
        <source>slab %1: days cannot be negative (%2)</source>
        <translation>स्लैब %1: दिन ऋणात्मक नहीं हो सकते (%2)</translation>
    </message>
    <message>
        <source>slab %1 ends at day %2, not after the previous slab&apos;s day %3: slabs overlap or are out of order</source>
        <translation>स्लैब %1 दिन %2 पर समाप्त होता है, पिछले स्लैब के दिन %3 के बाद नहीं: स्लैब एक-दूसरे पर चढ़ते हैं या क्रम से बाहर हैं</translation>
    </message>
    <message>
        <source>expected a number of days or &quot;inf&quot;, got &quot;%1&quot;</source>
        <translation>दिनों की संख्या या &quot;inf&quot; अपेक्षित था, &quot;%1&quot; मिला</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>--%1 takes a probability from 0 to 1</source>
        <translation>--%1 में 0 से 1 तक की प्रायिकता दें</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 to listen on; 0 picks a free one.</source>
        <translation>127.0.0.1 पर सुनने का पोर्ट; 0 कोई खाली पोर्ट चुनता है।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>SQLite file; created and seeded on first start, reused after.</source>
        <translation>SQLite फ़ाइल; पहली बार शुरू होने पर बनती और भरी जाती है, बाद में फिर उपयोग होती है।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Portfolio size when seeding (1 to 100000).</source>
        <translation>भरते समय पोर्टफ़ोलियो का आकार (1 से 100000)।</translation>
    </message>
    <message>
        <source>Seed for the demo data and the fault sequence.</source>
        <translation>डेमो डेटा और त्रुटि क्रम के लिए बीज।</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The bearer token to accept; a random one is printed when absent.</source>
        <translation>स्वीकार करने के लिए बेयरर टोकन; न होने पर एक यादृच्छिक टोकन छापा जाता है।</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Added latency per response, fixed or a range.</source>
        <translation>हर उत्तर में जोड़ी गई देरी, स्थिर या एक दायरा।</translation>
    </message>
    <message>
        <source>N[-M]</source>
        <translation>N[-M]</translation>
    </message>
    <message>
        <source>Share of requests answered 503 with Retry-After.</source>
        <translation>Retry-After के साथ 503 से उत्तर दिए गए अनुरोधों का हिस्सा।</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Share of connections closed mid-response.</source>
        <translation>उत्तर के बीच में बंद किए गए कनेक्शनों का हिस्सा।</translation>
    </message>
    <message>
        <source>Share of responses with a truncated or non-JSON body.</source>
        <translation>अधूरे या गैर-JSON मुख्य भाग वाले उत्तरों का हिस्सा।</translation>
    </message>
    <message>
        <source>Answer 401 and rotate the token after N requests.</source>
        <translation>N अनुरोधों के बाद 401 से उत्तर दें और टोकन बदलें।</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port में 0 से 65535 तक की संख्या दें</translation>
    </message>
    <message>
        <source>--leads takes a number from 1 to 100000</source>
        <translation>--leads में 1 से 100000 तक की संख्या दें</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed में पूर्ण संख्या दें</translation>
    </message>
    <message>
        <source>--latency-ms takes N or N-M milliseconds</source>
        <translation>--latency-ms में N या N-M मिलीसेकंड दें</translation>
    </message>
    <message>
        <source>--auth-expire-after takes a number of requests</source>
        <translation>--auth-expire-after में अनुरोधों की संख्या दें</translation>
    </message>
    <message>
        <source>Behave like a stock Django REST Framework server: none of the sandbox&apos;s extensions, page-number pagination, nulls, decimal-string amounts, millisecond times, health behind the token, HTML error pages.</source>
        <translation>सामान्य Django REST Framework सर्वर की तरह व्यवहार करें: सैंडबॉक्स का कोई विस्तार नहीं, पृष्ठ-संख्या पेजिनेशन, null, दशमलव-पाठ राशियाँ, मिलीसेकंड समय, टोकन के पीछे स्वास्थ्य जाँच, HTML त्रुटि पृष्ठ।</translation>
    </message>
    <message>
        <source>Lead list pagination: sandbox, page_number or cursor.</source>
        <translation>लीड सूची पेजिनेशन: sandbox, page_number या cursor।</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>--behave knows %1</source>
        <translation>--behave इन्हें जानता है: %1</translation>
    </message>
    <message>
        <source>The largest document file accepted, in MB.</source>
        <translation>स्वीकार की जाने वाली सबसे बड़ी दस्तावेज़ फ़ाइल, MB में।</translation>
    </message>
    <message>
        <source>--max-upload-mb takes a number from 1 to 1024</source>
        <translation>--max-upload-mb में 1 से 1024 तक की संख्या दें</translation>
    </message>
    <message>
        <source>Stock-server behaviours to switch on, comma-separated: omit_line_summary, omit_program_list, ignore_expand, ignore_unknown_filters, null_optionals, decimal_string_amounts, millisecond_timestamps, health_requires_token, html_errors, unreadable_records.</source>
        <translation>चालू करने के लिए सामान्य-सर्वर व्यवहार, अल्पविराम से अलग: omit_line_summary, omit_program_list, ignore_expand, ignore_unknown_filters, null_optionals, decimal_string_amounts, millisecond_timestamps, health_requires_token, html_errors, unreadable_records।</translation>
    </message>
</context>
<context>
    <name>SandboxDatabase</name>
    <message>
        <source>Cannot open the sandbox database %1: %2</source>
        <translation>सैंडबॉक्स डेटाबेस %1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Cannot create the sandbox schema: %1</source>
        <translation>सैंडबॉक्स स्कीमा बनाई नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Cannot create the sandbox indexes: %1</source>
        <translation>सैंडबॉक्स इंडेक्स बनाए नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Cannot update the sandbox schema: %1</source>
        <translation>सैंडबॉक्स स्कीमा अपडेट नहीं की जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>SandboxRouter</name>
    <message>
        <source>Method &quot;%1&quot; not allowed.</source>
        <translation>विधि &quot;%1&quot; की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>No route for %1.</source>
        <translation>%1 के लिए कोई मार्ग नहीं।</translation>
    </message>
</context>
<context>
    <name>StockServer</name>
    <message>
        <source>Invalid page.</source>
        <translation>अमान्य पृष्ठ।</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells, to paste into Excel or a mail</source>
        <translation>चुने गए सेल कॉपी करें, ताकि उन्हें Excel या मेल में चिपकाया जा सके</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Individual</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Hindu undivided family</source>
        <translation>हिंदू अविभाजित परिवार</translation>
    </message>
    <message>
        <source>Firm or LLP</source>
        <translation>फ़र्म या LLP</translation>
    </message>
    <message>
        <source>Limited liability partnership</source>
        <translation>सीमित देयता भागीदारी (LLP)</translation>
    </message>
    <message>
        <source>Association of persons</source>
        <translation>व्यक्तियों का संघ</translation>
    </message>
    <message>
        <source>Body of individuals</source>
        <translation>व्यक्तियों का निकाय</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>ट्रस्ट</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>स्थानीय प्राधिकरण</translation>
    </message>
    <message>
        <source>Artificial juridical person</source>
        <translation>कृत्रिम न्यायिक व्यक्ति</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>सरकार</translation>
    </message>
    <message>
        <source>Enter the PAN</source>
        <translation>PAN दर्ज करें</translation>
    </message>
    <message>
        <source>A PAN has 10 characters; this has %1</source>
        <translation>PAN में 10 अक्षर होते हैं; इसमें %1 हैं</translation>
    </message>
    <message>
        <source>A PAN is 5 letters, 4 digits and a letter, like ABCPE1234F</source>
        <translation>PAN में 5 अक्षर, 4 अंक और एक अक्षर होता है, जैसे ABCPE1234F</translation>
    </message>
    <message>
        <source>The 4th letter of a PAN is the holder type (P, C, H, F, A, B, T, L, J, G); &quot;%1&quot; is not one</source>
        <translation>PAN का चौथा अक्षर धारक का प्रकार होता है (P, C, H, F, A, B, T, L, J, G); &quot;%1&quot; इनमें से नहीं है</translation>
    </message>
    <message>
        <source>Enter the IFSC</source>
        <translation>IFSC दर्ज करें</translation>
    </message>
    <message>
        <source>An IFSC has 11 characters; this has %1</source>
        <translation>IFSC में 11 अक्षर होते हैं; इसमें %1 हैं</translation>
    </message>
    <message>
        <source>An IFSC starts with the 4-letter bank code, like SBIN</source>
        <translation>IFSC 4 अक्षरों के बैंक कोड से शुरू होता है, जैसे SBIN</translation>
    </message>
    <message>
        <source>The 5th character of an IFSC is always 0</source>
        <translation>IFSC का 5वाँ अक्षर हमेशा 0 होता है</translation>
    </message>
    <message>
        <source>The last 6 characters of an IFSC are letters or digits</source>
        <translation>IFSC के अंतिम 6 अक्षर अक्षर या अंक होते हैं</translation>
    </message>
    <message>
        <source>Enter the pincode</source>
        <translation>पिनकोड दर्ज करें</translation>
    </message>
    <message>
        <source>A pincode has exactly 6 digits</source>
        <translation>पिनकोड में ठीक 6 अंक होते हैं</translation>
    </message>
    <message>
        <source>A pincode cannot start with 0</source>
        <translation>पिनकोड 0 से शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>Enter the mobile number</source>
        <translation>मोबाइल नंबर दर्ज करें</translation>
    </message>
    <message>
        <source>A mobile number has only digits (and an optional +91)</source>
        <translation>मोबाइल नंबर में केवल अंक होते हैं (और वैकल्पिक +91)</translation>
    </message>
    <message>
        <source>A mobile number has 10 digits; this has %1</source>
        <translation>मोबाइल नंबर में 10 अंक होते हैं; इसमें %1 हैं</translation>
    </message>
    <message>
        <source>An Indian mobile number starts with 6, 7, 8 or 9</source>
        <translation>भारतीय मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है</translation>
    </message>
    <message>
        <source>Enter the email address</source>
        <translation>ईमेल पता दर्ज करें</translation>
    </message>
    <message>
        <source>This is not an email address, like name@example.com</source>
        <translation>यह ईमेल पता नहीं है, जैसे name@example.com</translation>
    </message>
    <message>
        <source>Enter the account number</source>
        <translation>खाता संख्या दर्ज करें</translation>
    </message>
    <message>
        <source>An account number has only digits</source>
        <translation>खाता संख्या में केवल अंक होते हैं</translation>
    </message>
    <message>
        <source>An account number has 9 to 18 digits; this has %1</source>
        <translation>खाता संख्या में 9 से 18 अंक होते हैं; इसमें %1 हैं</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1 में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>%1 में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>वर्कबुक लिखी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>The workbook could not be saved as %1.</source>
        <translation>वर्कबुक %1 के रूप में सहेजी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>command</name>
    <message>
        <source>Base URL of the API, e.g. https://preprod.api.crego.io</source>
        <translation>API का मूल URL, जैसे https://preprod.api.crego.io</translation>
    </message>
    <message>
        <source>Environment variable holding the bearer token (default CREGO_TOKEN).</source>
        <translation>बेयरर टोकन वाला एनवायरनमेंट वेरिएबल (डिफ़ॉल्ट CREGO_TOKEN)।</translation>
    </message>
    <message>
        <source>Use a built-in sandbox started for the purpose.</source>
        <translation>इसी काम के लिए शुरू किया गया अंतर्निहित सैंडबॉक्स उपयोग करें।</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>सैंडबॉक्स (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for the Crego lending API.</source>
        <translation>क्रेगो लेंडिंग API के लिए डेस्कटॉप क्लाइंट।</translation>
    </message>
    <message>
        <source>Serves the Crego lending API on 127.0.0.1 from a seeded SQLite portfolio.</source>
        <translation>भरे गए SQLite पोर्टफ़ोलियो से 127.0.0.1 पर क्रेगो लेंडिंग API देता है।</translation>
    </message>
    <message>
        <source>Start the built-in sandbox server and work against it.</source>
        <translation>अंतर्निहित सैंडबॉक्स सर्वर शुरू करें और उसी पर काम करें।</translation>
    </message>
    <message>
        <source>Sign in to start.</source>
        <translation>शुरू करने के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>Welcome to Crego Desk. You are connected to the built-in sandbox, a demo portfolio on this computer. Choose Crego preprod or your own server to work with real data.</source>
        <translation>क्रेगो डेस्क में आपका स्वागत है। आप अंतर्निहित सैंडबॉक्स से जुड़े हैं, जो इसी कंप्यूटर पर एक डेमो पोर्टफ़ोलियो है। असली डेटा के साथ काम करने के लिए क्रेगो प्रीप्रोड या अपना सर्वर चुनें।</translation>
    </message>
    <message>
        <source>Quit once the lead list has painted its first rows (bench/run startup).</source>
        <translation>लीड सूची की पहली पंक्तियाँ दिखने के बाद बंद करें (bench/run startup)।</translation>
    </message>
    <message>
        <source>Print the version of Crego Desk and of the Qt it runs on.</source>
        <translation>क्रेगो डेस्क का और जिस Qt पर यह चलता है उसका संस्करण छापें।</translation>
    </message>
    <message>
        <source>%1 %2
Qt %3 (built with Qt %4)
</source>
        <translation>%1 %2
Qt %3 (Qt %4 से बना)
</translation>
    </message>
</context>
<context>
    <name>probe</name>
    <message>
        <source>Walks the Crego API read-only and reports, per endpoint, whether its answer decoded.</source>
        <translation>क्रेगो API को केवल पढ़ने के लिए जाँचता है और हर एंडपॉइंट के लिए बताता है कि उसका उत्तर डिकोड हुआ या नहीं।</translation>
    </message>
    <message>
        <source>The probe command.</source>
        <translation>probe कमांड।</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints answered and decoded.</source>
        <translation>%2 में से %1 एंडपॉइंट ने उत्तर दिया और डिकोड हुए।</translation>
    </message>
    <message>
        <source>Probing %1</source>
        <translation>%1 की जाँच</translation>
    </message>
    <message>
        <source>Conventions this server follows:</source>
        <translation>यह सर्वर इन परिपाटियों का पालन करता है:</translation>
    </message>
</context>
</TS>
