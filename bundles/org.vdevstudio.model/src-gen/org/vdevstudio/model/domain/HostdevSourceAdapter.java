/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hostdev Source Adapter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentaddr <em>Parentaddr</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParent <em>Parent</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwnn <em>Parent Wwnn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwpn <em>Parent Wwpn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentFabricWwn <em>Parent Fabric Wwn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getWwnn <em>Wwnn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getWwpn <em>Wwpn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter()
 * @model extendedMetaData="name='HostdevSourceAdapter' kind='mixed'"
 * @generated
 */
public interface HostdevSourceAdapter extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Parentaddr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parentaddr</em>' containment reference.
	 * @see #setParentaddr(HostdevSourceAdapterParentaddr)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Parentaddr()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='parentaddr' kind='element'"
	 * @generated
	 */
	HostdevSourceAdapterParentaddr getParentaddr();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentaddr <em>Parentaddr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parentaddr</em>' containment reference.
	 * @see #getParentaddr()
	 * @generated
	 */
	void setParentaddr(HostdevSourceAdapterParentaddr value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevSourceAdapterType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(HostdevSourceAdapterType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	HostdevSourceAdapterType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(HostdevSourceAdapterType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(HostdevSourceAdapterType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(HostdevSourceAdapterType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Name()
	 * @model extendedMetaData="name='name' kind='attribute'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' attribute.
	 * @see #setParent(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Parent()
	 * @model extendedMetaData="name='parent' kind='attribute'"
	 * @generated
	 */
	String getParent();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParent <em>Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' attribute.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(String value);

	/**
	 * Returns the value of the '<em><b>Managed</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetManaged()
	 * @see #unsetManaged()
	 * @see #setManaged(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Managed()
	 * @model unsettable="true"
	 *        extendedMetaData="name='managed' kind='attribute'"
	 * @generated
	 */
	VirYesNo getManaged();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetManaged()
	 * @see #unsetManaged()
	 * @see #getManaged()
	 * @generated
	 */
	void setManaged(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	void unsetManaged();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getManaged <em>Managed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Managed</em>' attribute is set.
	 * @see #unsetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	boolean isSetManaged();

	/**
	 * Returns the value of the '<em><b>Parent Wwnn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Wwnn</em>' attribute.
	 * @see #setParentWwnn(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_ParentWwnn()
	 * @model dataType="org.vdevstudio.model.domain.Wwn"
	 *        extendedMetaData="name='parent_wwnn' kind='attribute'"
	 * @generated
	 */
	String getParentWwnn();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwnn <em>Parent Wwnn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Wwnn</em>' attribute.
	 * @see #getParentWwnn()
	 * @generated
	 */
	void setParentWwnn(String value);

	/**
	 * Returns the value of the '<em><b>Parent Wwpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Wwpn</em>' attribute.
	 * @see #setParentWwpn(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_ParentWwpn()
	 * @model dataType="org.vdevstudio.model.domain.Wwn"
	 *        extendedMetaData="name='parent_wwpn' kind='attribute'"
	 * @generated
	 */
	String getParentWwpn();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwpn <em>Parent Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Wwpn</em>' attribute.
	 * @see #getParentWwpn()
	 * @generated
	 */
	void setParentWwpn(String value);

	/**
	 * Returns the value of the '<em><b>Parent Fabric Wwn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Fabric Wwn</em>' attribute.
	 * @see #setParentFabricWwn(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_ParentFabricWwn()
	 * @model dataType="org.vdevstudio.model.domain.Wwn"
	 *        extendedMetaData="name='parent_fabric_wwn' kind='attribute'"
	 * @generated
	 */
	String getParentFabricWwn();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentFabricWwn <em>Parent Fabric Wwn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Fabric Wwn</em>' attribute.
	 * @see #getParentFabricWwn()
	 * @generated
	 */
	void setParentFabricWwn(String value);

	/**
	 * Returns the value of the '<em><b>Wwnn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wwnn</em>' attribute.
	 * @see #setWwnn(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Wwnn()
	 * @model dataType="org.vdevstudio.model.domain.Wwn"
	 *        extendedMetaData="name='wwnn' kind='attribute'"
	 * @generated
	 */
	String getWwnn();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getWwnn <em>Wwnn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wwnn</em>' attribute.
	 * @see #getWwnn()
	 * @generated
	 */
	void setWwnn(String value);

	/**
	 * Returns the value of the '<em><b>Wwpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wwpn</em>' attribute.
	 * @see #setWwpn(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Wwpn()
	 * @model dataType="org.vdevstudio.model.domain.Wwn"
	 *        extendedMetaData="name='wwpn' kind='attribute'"
	 * @generated
	 */
	String getWwpn();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getWwpn <em>Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wwpn</em>' attribute.
	 * @see #getWwpn()
	 * @generated
	 */
	void setWwpn(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_Any()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='' kind='elementWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAny();

	/**
	 * Returns the value of the '<em><b>Any Attribute</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Attribute</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapter_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // HostdevSourceAdapter
